-- Satisfaction votes on departments (评议 / 满意度测评) and their consequences.
-- ${table_options} is empty on H2 and InnoDB + utf8mb4 on MySQL/MariaDB (see application-mysql.yml).
--
-- Ballot secrecy is a property of this schema: who voted lives in vote_elector (one row per member,
-- a flag set when the member votes) and what was voted lives in vote_tally (four counters per vote).
-- No table holds a row per ballot, so there is no ballot id, no ballot order and no ballot time that
-- could link a member to a choice.

CREATE TABLE vote (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  title                       VARCHAR(200) NOT NULL,
  meeting_date                DATE         NOT NULL,
  department_id               BIGINT       NOT NULL,
  report_title                VARCHAR(200) NOT NULL,
  round_no                    INT          NOT NULL,
  previous_vote_id            BIGINT,
  status                      VARCHAR(20)  NOT NULL,
  electorate_size             INT          NOT NULL,
  present_count               INT,
  outcome                     VARCHAR(30),
  rule_base                   VARCHAR(30),
  rule_satisfied_fraction     VARCHAR(20),
  rule_acceptable_fraction    VARCHAR(20),
  created_by                  BIGINT       NOT NULL,
  created_at                  DATETIME     NOT NULL,
  opened_at                   DATETIME     NULL,
  closed_at                   DATETIME     NULL,
  CONSTRAINT fk_vote_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_vote_previous FOREIGN KEY (previous_vote_id) REFERENCES vote (id),
  CONSTRAINT fk_vote_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT uq_vote_previous UNIQUE (previous_vote_id)
) ${table_options};

CREATE INDEX ix_vote_status_meeting ON vote (status, meeting_date);
CREATE INDEX ix_vote_department_meeting ON vote (department_id, meeting_date);
CREATE INDEX ix_vote_meeting ON vote (meeting_date);

-- The electorate, snapshotted when the vote is created: present is set by staff before the vote
-- opens, voted when the member's ballot is counted. Names are copied so that the record shows the
-- member as they were at the meeting.
CREATE TABLE vote_elector (
  vote_id       BIGINT      NOT NULL,
  member_id     BIGINT      NOT NULL,
  login         VARCHAR(64) NOT NULL,
  display_name  VARCHAR(50) NOT NULL,
  present       BOOLEAN     DEFAULT FALSE NOT NULL,
  voted         BOOLEAN     DEFAULT FALSE NOT NULL,
  PRIMARY KEY (vote_id, member_id),
  CONSTRAINT fk_vote_elector_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_vote_elector_member FOREIGN KEY (member_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_vote_elector_member ON vote_elector (member_id);
CREATE INDEX ix_vote_elector_present ON vote_elector (vote_id, present);
CREATE INDEX ix_vote_elector_login ON vote_elector (vote_id, login);

-- What was voted: counters only, incremented in the transaction that sets vote_elector.voted.
CREATE TABLE vote_tally (
  vote_id                     BIGINT NOT NULL PRIMARY KEY,
  satisfied_count             INT    DEFAULT 0 NOT NULL,
  basically_satisfied_count   INT    DEFAULT 0 NOT NULL,
  unsatisfied_count           INT    DEFAULT 0 NOT NULL,
  invalid_count               INT    DEFAULT 0 NOT NULL,
  CONSTRAINT fk_vote_tally_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ${table_options};

-- What a department owes after a basically satisfied or unsatisfied vote.
CREATE TABLE vote_rectification (
  vote_id              BIGINT      NOT NULL PRIMARY KEY,
  department_id        BIGINT      NOT NULL,
  due_date             DATE        NOT NULL,
  status               VARCHAR(20) NOT NULL,
  overdue              BOOLEAN     DEFAULT FALSE NOT NULL,
  follow_up_required   BOOLEAN     NOT NULL,
  next_meeting_date    DATE,
  CONSTRAINT fk_vote_rectification_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_vote_rectification_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE INDEX ix_vote_rectification_department ON vote_rectification (department_id, status);
CREATE INDEX ix_vote_rectification_status ON vote_rectification (status, due_date);

-- Every report a department submitted and what staff decided on it: a returned report stays on record.
CREATE TABLE vote_rectification_report (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  vote_id       BIGINT        NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  summary       VARCHAR(4000) NOT NULL,
  submitted_by  BIGINT        NOT NULL,
  submitted_at  DATETIME      NOT NULL,
  decision      VARCHAR(20),
  review_comment VARCHAR(1000),
  decided_by    BIGINT,
  decided_at    DATETIME      NULL,
  CONSTRAINT fk_vote_report_vote FOREIGN KEY (vote_id) REFERENCES vote_rectification (vote_id),
  CONSTRAINT fk_vote_report_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id),
  CONSTRAINT fk_vote_report_decided_by FOREIGN KEY (decided_by) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_vote_report_vote ON vote_rectification_report (vote_id, submitted_at);

-- A department voted unsatisfied twice in a row: flagged for a formal inquiry (质询).
CREATE TABLE vote_inquiry (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  department_id   BIGINT    NOT NULL,
  vote_id         BIGINT    NOT NULL,
  first_vote_id   BIGINT    NOT NULL,
  flagged_at      DATETIME  NOT NULL,
  CONSTRAINT uq_vote_inquiry_vote UNIQUE (vote_id),
  CONSTRAINT fk_vote_inquiry_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_vote_inquiry_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
  CONSTRAINT fk_vote_inquiry_first_vote FOREIGN KEY (first_vote_id) REFERENCES vote (id)
) ${table_options};

CREATE INDEX ix_vote_inquiry_department ON vote_inquiry (department_id, flagged_at);
CREATE INDEX ix_vote_inquiry_flagged ON vote_inquiry (flagged_at);
