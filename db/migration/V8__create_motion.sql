-- Motions (议案): formal proposals that need many signers, decided by the council or presidium.
-- Text limits are enforced in characters by the application; columns are twice as wide because
-- H2 counts a 4-byte character such as 𠮷 twice. Dates that are deadlines are DATEs in the
-- configured zone; moments are UTC DATETIMEs.

-- readable numbers per year (M2026-0001); the row lock on a year serialises allocation
CREATE TABLE motion_number (
  number_year  INT NOT NULL PRIMARY KEY,
  last_value   INT NOT NULL
) ${table_options};

CREATE TABLE motion (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  serial_no                VARCHAR(16)   NOT NULL,
  title                    VARCHAR(400)  NOT NULL,
  reason                   MEDIUMTEXT    NOT NULL,
  basis                    MEDIUMTEXT    NOT NULL,
  proposal                 MEDIUMTEXT    NOT NULL,
  period                   VARCHAR(10)   NOT NULL,
  status                   VARCHAR(30)   NOT NULL,
  lead_deputy_id           BIGINT        NOT NULL,
  created_at               DATETIME(3)   NOT NULL,
  signing_due              DATE          NOT NULL,
  review_comment           VARCHAR(4000),
  outcome                  VARCHAR(30),
  committee                VARCHAR(200),
  decision_comment         VARCHAR(4000),
  decided_at               DATETIME(3),
  report_due               DATE,
  committee_report         MEDIUMTEXT,
  reported_at              DATETIME(3),
  converted_suggestion_id  BIGINT,
  converted_suggestion_no  VARCHAR(16),
  CONSTRAINT uq_motion_serial_no UNIQUE (serial_no),
  CONSTRAINT fk_motion_lead FOREIGN KEY (lead_deputy_id) REFERENCES deputy (id),
  CONSTRAINT fk_motion_suggestion FOREIGN KEY (converted_suggestion_id) REFERENCES suggestion (id)
) ${table_options};

CREATE INDEX ix_motion_status ON motion (status, id);
CREATE INDEX ix_motion_lead ON motion (lead_deputy_id);
CREATE INDEX ix_motion_title ON motion (title);

-- the lead deputy and the co-signers (领衔代表 / 附议代表)
CREATE TABLE motion_signer (
  motion_id    BIGINT      NOT NULL,
  deputy_id    BIGINT      NOT NULL,
  lead         BOOLEAN     NOT NULL,
  answer       VARCHAR(10) NOT NULL,
  answered_at  DATETIME(3),
  PRIMARY KEY (motion_id, deputy_id),
  CONSTRAINT fk_motion_signer_motion FOREIGN KEY (motion_id) REFERENCES motion (id),
  CONSTRAINT fk_motion_signer_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE INDEX ix_motion_signer_deputy ON motion_signer (deputy_id, answer);

-- who did what and when, in order
CREATE TABLE motion_timeline_event (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  motion_id   BIGINT        NOT NULL,
  occurred_at DATETIME(3)   NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  action      VARCHAR(40)   NOT NULL,
  comment     VARCHAR(12000),
  CONSTRAINT fk_motion_timeline_motion FOREIGN KEY (motion_id) REFERENCES motion (id)
) ${table_options};

CREATE INDEX ix_motion_timeline_motion ON motion_timeline_event (motion_id, id);

-- a suggestion converted from an unlisted motion names it, so each record leads to the other
ALTER TABLE suggestion ADD source_motion_id BIGINT;
ALTER TABLE suggestion ADD CONSTRAINT fk_suggestion_source_motion FOREIGN KEY (source_motion_id) REFERENCES motion (id);
CREATE INDEX ix_suggestion_source_motion ON suggestion (source_motion_id);
