-- The suggestion lifecycle (代表建议办理): suggestions, their signers, the departments assigned,
-- and every record the handling produces. Nothing here is ever deleted.
-- Dates that are legal deadlines (…_due) are calendar DATEs in the configured zone;
-- moments (…_at) are UTC DATETIMEs. Text limits are enforced in characters by the application;
-- columns are twice as wide because H2 counts a 4-byte character such as 𠮷 twice.

-- readable numbers per year (2026-0001); the row lock on a year serialises allocation
CREATE TABLE suggestion_number (
  number_year  INT NOT NULL PRIMARY KEY,
  last_value   INT NOT NULL
) ${table_options};

CREATE TABLE suggestion (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  serial_no            VARCHAR(16)   NOT NULL,
  title                VARCHAR(400)  NOT NULL,
  content              MEDIUMTEXT    NOT NULL,
  category             VARCHAR(60)   NOT NULL,
  period               VARCHAR(10)   NOT NULL,
  status               VARCHAR(40)   NOT NULL,
  submitter_deputy_id  BIGINT        NOT NULL,
  wants_face_to_face   BOOLEAN       DEFAULT FALSE NOT NULL,
  confidential         BOOLEAN       DEFAULT FALSE NOT NULL,
  merged_into_id       BIGINT,
  screening_reason     VARCHAR(4000),
  screening_comment    VARCHAR(4000),
  rehandled            BOOLEAN       DEFAULT FALSE NOT NULL,
  created_at           DATETIME(3)   NOT NULL,
  submitted_at         DATETIME(3),
  screening_due        DATE,
  assigned_at          DATETIME(3),
  replied_at           DATETIME(3),
  closed_at            DATETIME(3),
  CONSTRAINT uq_suggestion_serial_no UNIQUE (serial_no),
  CONSTRAINT fk_suggestion_submitter FOREIGN KEY (submitter_deputy_id) REFERENCES deputy (id),
  CONSTRAINT fk_suggestion_merged_into FOREIGN KEY (merged_into_id) REFERENCES suggestion (id)
) ${table_options};

CREATE INDEX ix_suggestion_status ON suggestion (status, id);
CREATE INDEX ix_suggestion_submitter ON suggestion (submitter_deputy_id);
CREATE INDEX ix_suggestion_merged_into ON suggestion (merged_into_id);
CREATE INDEX ix_suggestion_title ON suggestion (title);

-- the lead deputy and the co-signers (领衔代表 / 附议代表)
CREATE TABLE suggestion_signer (
  suggestion_id      BIGINT      NOT NULL,
  deputy_id          BIGINT      NOT NULL,
  lead               BOOLEAN     NOT NULL,
  answer             VARCHAR(10) NOT NULL,
  answered_at        DATETIME(3),
  withdrawal_agreed  BOOLEAN     DEFAULT FALSE NOT NULL,
  PRIMARY KEY (suggestion_id, deputy_id),
  CONSTRAINT fk_signer_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
  CONSTRAINT fk_signer_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
) ${table_options};

CREATE INDEX ix_signer_deputy ON suggestion_signer (deputy_id, answer);

-- one row per department and round of assignment (主办 / 协办 / 分办)
CREATE TABLE assignment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  suggestion_id   BIGINT       NOT NULL,
  department_id   BIGINT       NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  state           VARCHAR(30)  NOT NULL,
  active          BOOLEAN      DEFAULT TRUE NOT NULL,
  claimed_by      VARCHAR(64),
  assigned_at     DATETIME(3)  NOT NULL,
  dispute_due     DATE         NOT NULL,
  opinion_due     DATE,
  reply_due       DATE,
  done_at         DATETIME(3),
  opinion_waived  BOOLEAN      DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_assignment_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
  CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE INDEX ix_assignment_suggestion ON assignment (suggestion_id);
CREATE INDEX ix_assignment_department ON assignment (department_id, active, suggestion_id);

CREATE TABLE assignment_dispute (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id  BIGINT        NOT NULL,
  reason         VARCHAR(4000) NOT NULL,
  raised_by      VARCHAR(64)   NOT NULL,
  raised_at      DATETIME(3)   NOT NULL,
  upheld         BOOLEAN,
  decided_by     VARCHAR(64),
  decided_at     DATETIME(3),
  CONSTRAINT fk_dispute_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_dispute_assignment ON assignment_dispute (assignment_id);

-- 沟通联系
CREATE TABLE contact_record (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id  BIGINT        NOT NULL,
  method         VARCHAR(10)   NOT NULL,
  contacted_at   DATETIME(3)   NOT NULL,
  summary        VARCHAR(4000) NOT NULL,
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_contact_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_contact_assignment ON contact_record (assignment_id);

-- 协办意见
CREATE TABLE co_unit_opinion (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id  BIGINT       NOT NULL,
  content        MEDIUMTEXT   NOT NULL,
  written_by     VARCHAR(64)  NOT NULL,
  written_at     DATETIME(3)  NOT NULL,
  CONSTRAINT fk_opinion_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_opinion_assignment ON co_unit_opinion (assignment_id);

-- 答复: every version is kept, each with its sign-off decision (签发)
CREATE TABLE reply (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id           BIGINT        NOT NULL,
  handling_round          INT           NOT NULL,
  result_class            VARCHAR(1)    NOT NULL,
  content                 MEDIUMTEXT    NOT NULL,
  plan_date               DATE,
  publishable             BOOLEAN       NOT NULL,
  not_publishable_reason  VARCHAR(1000),
  written_by              VARCHAR(64)   NOT NULL,
  written_at              DATETIME(3)   NOT NULL,
  approved                BOOLEAN,
  decided_by              VARCHAR(64),
  decided_at              DATETIME(3),
  decision_comment        VARCHAR(4000),
  CONSTRAINT fk_reply_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_reply_assignment ON reply (assignment_id);

-- 评价: attitude and result rated apart; the confidential note is for staff only
CREATE TABLE evaluation (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id      BIGINT        NOT NULL,
  handling_round     INT           NOT NULL,
  attitude           VARCHAR(25)   NOT NULL,
  result             VARCHAR(25)   NOT NULL,
  reason             VARCHAR(4000),
  confidential_note  VARCHAR(4000),
  deputy_id          BIGINT        NOT NULL,
  evaluated_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uq_evaluation_round UNIQUE (assignment_id, handling_round),
  CONSTRAINT fk_evaluation_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

-- 跟踪办理 of B and C replies
CREATE TABLE follow_up (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id  BIGINT        NOT NULL,
  content        VARCHAR(8000) NOT NULL,
  delivered      BOOLEAN       NOT NULL,
  written_by     VARCHAR(64)   NOT NULL,
  written_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_follow_up_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_follow_up_assignment ON follow_up (assignment_id);

-- who did what and when, in order
CREATE TABLE timeline_event (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  suggestion_id  BIGINT        NOT NULL,
  occurred_at    DATETIME(3)   NOT NULL,
  actor          VARCHAR(64)   NOT NULL,
  actor_name     VARCHAR(200)  NOT NULL,
  action         VARCHAR(40)   NOT NULL,
  department_id  BIGINT,
  comment        VARCHAR(12000),
  CONSTRAINT fk_timeline_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ${table_options};

CREATE INDEX ix_timeline_suggestion ON timeline_event (suggestion_id, id);
