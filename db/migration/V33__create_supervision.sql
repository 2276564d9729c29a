-- Supervision of key suggestions (重点建议督办): the supervising leader's instructions (督办意见), each sent to
-- every department handling the suggestion and acknowledged by it; the leader's visits and face-to-face meetings
-- (督办调研, 面商/座谈); and the one-sentence progress staff approve for the quarterly disclosure.

CREATE TABLE supervision_instruction (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  key_suggestion_id  BIGINT         NOT NULL,
  content            VARCHAR(2000)  NOT NULL,
  written_by         VARCHAR(64)    NOT NULL,
  written_at         DATETIME(3)    NOT NULL,
  CONSTRAINT fk_supervision_instruction_key FOREIGN KEY (key_suggestion_id) REFERENCES key_suggestion (id)
) ${table_options};

CREATE INDEX ix_supervision_instruction_key ON supervision_instruction (key_suggestion_id);

-- one row per department an instruction reached; acknowledged_at is null while its task is open
CREATE TABLE supervision_recipient (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  instruction_id   BIGINT        NOT NULL,
  department_id    BIGINT        NOT NULL,
  acknowledge_due  DATE          NOT NULL,
  acknowledged_by  VARCHAR(64),
  acknowledged_at  DATETIME(3),
  reply            VARCHAR(2000),
  CONSTRAINT uq_supervision_recipient UNIQUE (instruction_id, department_id),
  CONSTRAINT fk_supervision_recipient_instruction FOREIGN KEY (instruction_id) REFERENCES supervision_instruction (id),
  CONSTRAINT fk_supervision_recipient_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE INDEX ix_supervision_recipient_department ON supervision_recipient (department_id, acknowledged_at);

CREATE TABLE supervision_activity (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  key_suggestion_id  BIGINT         NOT NULL,
  kind               VARCHAR(20)    NOT NULL,
  held_on            DATE           NOT NULL,
  place              VARCHAR(200),
  participants       VARCHAR(1000)  NOT NULL,
  summary            VARCHAR(4000)  NOT NULL,
  recorded_by        VARCHAR(64)    NOT NULL,
  recorded_at        DATETIME(3)    NOT NULL,
  CONSTRAINT fk_supervision_activity_key FOREIGN KEY (key_suggestion_id) REFERENCES key_suggestion (id)
) ${table_options};

CREATE INDEX ix_supervision_activity_key ON supervision_activity (key_suggestion_id, held_on);

-- the council's page lists a leader's own key suggestions
CREATE INDEX ix_key_suggestion_leader ON key_suggestion (supervising_leader, id);

-- the progress sentence: a draft anyone following the suggestion may write, and the text staff approved,
-- which is what the disclosure publishes
ALTER TABLE key_suggestion ADD progress_draft VARCHAR(300);
ALTER TABLE key_suggestion ADD progress_drafted_by VARCHAR(64);
ALTER TABLE key_suggestion ADD progress_approved VARCHAR(300);
ALTER TABLE key_suggestion ADD progress_approved_by VARCHAR(64);
ALTER TABLE key_suggestion ADD progress_approved_at DATETIME(3);

-- the disclosure's line names the supervising leader, every lead department and the approved progress
ALTER TABLE disclosure_key_line ADD supervising_leader VARCHAR(50);
ALTER TABLE disclosure_key_line ADD lead_departments VARCHAR(1000);
ALTER TABLE disclosure_key_line ADD progress VARCHAR(300);
