-- Nothing is published unseen: every reply due for publication is reviewed by staff first. One row per
-- reply, opened when the reply is known to have reached the deputy; the daily timer publishes only the
-- APPROVED ones (or, when the grace period is configured, the reply whose review lapsed).
CREATE TABLE reply_review (
  reply_id     BIGINT         NOT NULL PRIMARY KEY,
  state        VARCHAR(20)    NOT NULL,
  reason       VARCHAR(2000),
  opened_at    DATETIME(3)    NOT NULL,
  decided_by   VARCHAR(64),
  decided_at   DATETIME(3),
  CONSTRAINT fk_reply_review_reply FOREIGN KEY (reply_id) REFERENCES reply (id)
) ${table_options};

-- the daily timer looks for the approved reviews, the staff's list leaves out the held-back ones
CREATE INDEX ix_reply_review_state ON reply_review (state, reply_id);
