-- Sign-in protection for the graded protection review (等保): lockout, throttling, forced password
-- changes, and sessions that end when what they vouch for changes.

-- an admin-set password (create, reset, the first admin's) must be changed at the next sign-in
ALTER TABLE app_user ADD password_must_change BOOLEAN DEFAULT FALSE NOT NULL;
-- a session carries the stamp it signed in with and ends when the stamp moves on: deactivation,
-- a change of roles, department or deputy, a password reset or change. Kept in the table, so it
-- holds across nodes sharing sessions.
ALTER TABLE app_user ADD security_stamp INT DEFAULT 0 NOT NULL;

-- failed passwords in a row per login as typed (lower case), known or not, so that a lock tells
-- nobody whether the login exists; a successful sign-in deletes the row
CREATE TABLE sign_in_failure (
  login            VARCHAR(64) NOT NULL PRIMARY KEY,
  failures         INT         NOT NULL,
  last_failure_at  DATETIME(3) NOT NULL,
  locked_until     DATETIME(3)
) ${table_options};

CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure_at);

-- failed sign-ins per client address in a fixed window, whichever logins they tried
CREATE TABLE sign_in_address (
  address       VARCHAR(64) NOT NULL PRIMARY KEY,
  failures      INT         NOT NULL,
  window_start  DATETIME(3) NOT NULL
) ${table_options};

CREATE INDEX ix_sign_in_address_window ON sign_in_address (window_start);
