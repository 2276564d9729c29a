-- Personal API tokens: a script or a department's system calls /api/** with "Authorization: Bearer
-- <token>" instead of a password, so no BCrypt check is paid per call. The token itself is shown
-- once when it is issued; only its SHA-256 (64 hex digits) is stored, and a call finds its token
-- by that hash. A token acts as its user with the user's roles at the time of the call.
-- user_id decides whose token it is; login is the user's login (logins never change), which the
-- call signs in with.
-- last_used_at is written at most once a minute per token, not on every call.

CREATE TABLE api_token (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT       NOT NULL,
  login         VARCHAR(64)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  token_hash    CHAR(64)     NOT NULL,
  created_at    DATETIME     NOT NULL,
  expires_at    DATETIME     NOT NULL,
  last_used_at  DATETIME,
  revoked_at    DATETIME,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

-- a user's own tokens, newest first
CREATE INDEX ix_api_token_user ON api_token (user_id, created_at, id);
CREATE INDEX ix_api_token_login ON api_token (login);
