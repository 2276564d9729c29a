-- Notifications (站内通知) and the e-mail addresses they may also go to.
-- One row per recipient. Jobs are at-least-once, so a notice carries a deduplication key and
-- the unique (recipient, dedup_key) makes a second delivery of the same notice a no-op.
-- recipient is a login as everywhere else in the application's records (timeline, claims).
-- suggestion_id is a link for the inbox, not a constraint: notices are written from timer jobs
-- of several modules and must never fail for the sake of a link.
-- Texts are limited in characters by the application; columns are twice as wide for H2 (see V2).

CREATE TABLE notification (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient      VARCHAR(64)   NOT NULL,
  dedup_key      VARCHAR(200)  NOT NULL,
  kind           VARCHAR(40)   NOT NULL,
  subject        VARCHAR(400)  NOT NULL,
  body           VARCHAR(4000) NOT NULL,
  suggestion_id  BIGINT,
  created_at     DATETIME(3)   NOT NULL,
  read_at        DATETIME(3),
  CONSTRAINT uq_notification_recipient_key UNIQUE (recipient, dedup_key)
) ${table_options};

-- the inbox, newest first; and its unread filter and count (read_at IS NULL)
CREATE INDEX ix_notification_inbox ON notification (recipient, created_at, id);
CREATE INDEX ix_notification_unread ON notification (recipient, read_at, created_at, id);

-- optional: notices go out by e-mail as well when mail is enabled and the user has an address
ALTER TABLE app_user ADD email VARCHAR(254);
