-- The audit trail (等保 安全审计): one append-only row per security-relevant event. Each row carries the
-- SHA-256 of the previous row (prev_hash) and of its own content with that previous hash (row_hash),
-- so that deleting or editing a row breaks the chain, which GET /api/audit/verify finds.
-- The application's database user needs INSERT and SELECT on audit_event only (README: Audit trail).
-- occurred_at is UTC to the second. details is JSON text; never a password, a hash or a ballot choice.
CREATE TABLE audit_event (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at     DATETIME      NOT NULL,
  actor_login     VARCHAR(64),
  actor_roles     VARCHAR(200),
  client_address  VARCHAR(64),
  user_agent      VARCHAR(300),
  action          VARCHAR(64)   NOT NULL,
  record_type     VARCHAR(32),
  record_id       VARCHAR(64),
  outcome         VARCHAR(32)   NOT NULL,
  details         VARCHAR(4000),
  prev_hash       CHAR(64)      NOT NULL,
  row_hash        CHAR(64)      NOT NULL
) ${table_options};

-- the audit page's filters, each with the time order it pages in
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_login, occurred_at, id);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at, id);
CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id, occurred_at, id);

-- the end of the chain: one row, locked (SELECT ... FOR UPDATE) by every insert in the inserting
-- transaction, so that rows are chained one after the other and ids follow the chain
CREATE TABLE audit_chain_head (
  id         INT      NOT NULL PRIMARY KEY,
  last_id    BIGINT   NOT NULL,
  last_hash  CHAR(64) NOT NULL
) ${table_options};

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- one row per archived month: the rows first_id..last_id went to file_name (gzip, JSON lines), whose
-- SHA-256 and HMAC are kept here; the chain continues from last_hash into the remaining rows
CREATE TABLE audit_archive (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  archive_month   CHAR(7)       NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  first_id        BIGINT        NOT NULL,
  last_id         BIGINT        NOT NULL,
  first_prev_hash CHAR(64)      NOT NULL,
  last_hash       CHAR(64)      NOT NULL,
  row_count       BIGINT        NOT NULL,
  file_sha256     CHAR(64)      NOT NULL,
  file_hmac       CHAR(64)      NOT NULL,
  archived_at     DATETIME      NOT NULL,
  CONSTRAINT uq_audit_archive_last UNIQUE (last_id)
) ${table_options};
