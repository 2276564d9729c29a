-- Key suggestions (重点建议) and the quarterly public disclosure (季度公开).
-- A disclosure is a frozen snapshot: its lines are copied here when it is built and are never
-- recomputed, so that later changes to a suggestion change nothing that was published.
-- A correction is a new version of the same quarter that names the version it replaces.

CREATE TABLE key_suggestion (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  suggestion_id       BIGINT        NOT NULL,
  supervising_leader  VARCHAR(64)   NOT NULL,
  note                VARCHAR(4000),
  designated_by       VARCHAR(64)   NOT NULL,
  designated_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uq_key_suggestion UNIQUE (suggestion_id),
  CONSTRAINT fk_key_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};

CREATE TABLE disclosure (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  period_year          INT           NOT NULL,
  period_quarter       INT           NOT NULL,
  version_no           INT           NOT NULL,
  replaces_id          BIGINT,
  state                VARCHAR(20)   NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  commentary           MEDIUMTEXT,
  sent_back_comment    VARCHAR(4000),
  built_at             DATETIME(3)   NOT NULL,
  reviewed_by          VARCHAR(64),
  reviewed_at          DATETIME(3),
  approved_by          VARCHAR(64),
  approved_at          DATETIME(3),
  published_at         DATETIME(3),
  CONSTRAINT uq_disclosure_version UNIQUE (period_year, period_quarter, version_no),
  CONSTRAINT fk_disclosure_replaces FOREIGN KEY (replaces_id) REFERENCES disclosure (id)
) ${table_options};

CREATE INDEX ix_disclosure_state ON disclosure (state, period_year, period_quarter);

-- every key suggestion as it stood when the snapshot was built
CREATE TABLE disclosure_key_line (
  disclosure_id    BIGINT        NOT NULL,
  line_no          INT           NOT NULL,
  serial_no        VARCHAR(16)   NOT NULL,
  title            VARCHAR(400)  NOT NULL,
  lead_department  VARCHAR(100),
  status           VARCHAR(40)   NOT NULL,
  result_class     VARCHAR(1),
  evaluation       VARCHAR(25),
  days_taken       INT,
  PRIMARY KEY (disclosure_id, line_no),
  CONSTRAINT fk_key_line_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
) ${table_options};

-- per department, the quarter's figures; rates are stored as the text that was published
CREATE TABLE disclosure_department_line (
  disclosure_id          BIGINT        NOT NULL,
  line_no                INT           NOT NULL,
  department_name        VARCHAR(100)  NOT NULL,
  received               INT           NOT NULL,
  replied                INT           NOT NULL,
  replied_on_time        INT           NOT NULL,
  replied_late           INT           NOT NULL,
  overdue                INT           NOT NULL,
  extensions             INT           NOT NULL,
  class_a                INT           NOT NULL,
  class_b                INT           NOT NULL,
  class_c                INT           NOT NULL,
  class_d                INT           NOT NULL,
  attitude_satisfied     INT           NOT NULL,
  attitude_basically     INT           NOT NULL,
  attitude_unsatisfied   INT           NOT NULL,
  result_satisfied       INT           NOT NULL,
  result_basically       INT           NOT NULL,
  result_unsatisfied     INT           NOT NULL,
  not_evaluated          INT           NOT NULL,
  solved_rate            VARCHAR(10)   NOT NULL,
  satisfaction_rate      VARCHAR(10)   NOT NULL,
  PRIMARY KEY (disclosure_id, line_no),
  CONSTRAINT fk_department_line_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id)
) ${table_options};

-- a reply as the public sees it: copied and redacted when published, never recomputed
CREATE TABLE reply_publication (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  reply_id         BIGINT        NOT NULL,
  suggestion_id    BIGINT        NOT NULL,
  serial_no        VARCHAR(16)   NOT NULL,
  title            VARCHAR(800)  NOT NULL,
  department_name  VARCHAR(100)  NOT NULL,
  result_class     VARCHAR(1)    NOT NULL,
  content          MEDIUMTEXT    NOT NULL,
  published_by     VARCHAR(64)   NOT NULL,
  published_at     DATETIME(3)   NOT NULL,
  CONSTRAINT uq_reply_publication UNIQUE (reply_id),
  CONSTRAINT fk_reply_publication_reply FOREIGN KEY (reply_id) REFERENCES reply (id),
  CONSTRAINT fk_reply_publication_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};

CREATE INDEX ix_reply_publication_serial ON reply_publication (serial_no);

-- spans of a reply's content that staff marked as not for the public
CREATE TABLE reply_redaction_mark (
  reply_id    BIGINT  NOT NULL,
  span_start  INT     NOT NULL,
  span_end    INT     NOT NULL,
  PRIMARY KEY (reply_id, span_start),
  CONSTRAINT fk_redaction_mark_reply FOREIGN KEY (reply_id) REFERENCES reply (id)
) ${table_options};
