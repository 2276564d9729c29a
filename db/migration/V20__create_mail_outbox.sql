-- E-mail of notices leaves through an outbox. A notice delivered to the inbox writes one row per
-- recipient with an address in the same transaction as the change that caused it, so a rolled-back
-- change mails nobody; a sender on any node claims due rows, sends them, and retries with back-off
-- while the mail server is down. The unique (notice_key, recipient_login) keeps a notice delivered
-- twice (a job that ran twice) from being mailed twice.
-- status: PENDING (due at next_attempt_at), SENDING (claimed by a node until locked_until; a row
-- still SENDING after that was left by a node that died and is taken again), SENT, FAILED (after
-- the last attempt; an admin may retry it).
-- next_attempt_at of a SENDING row equals its locked_until, so one index serves both due kinds.

CREATE TABLE mail_outbox (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  notice_key       VARCHAR(200)  NOT NULL,
  recipient_login  VARCHAR(64)   NOT NULL,
  address          VARCHAR(254)  NOT NULL,
  subject          VARCHAR(400)  NOT NULL,
  body             VARCHAR(4400) NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)   NOT NULL,
  sent_at          DATETIME(3),
  last_error       VARCHAR(1000),
  created_at       DATETIME(3)   NOT NULL,
  locked_until     DATETIME(3),
  CONSTRAINT uq_mail_outbox_notice_recipient UNIQUE (notice_key, recipient_login)
) ${table_options};

-- the sender's query: due rows by status and time
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- the admins' list by status, newest first
CREATE INDEX ix_mail_outbox_admin ON mail_outbox (status, created_at, id);
