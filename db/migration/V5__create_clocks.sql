-- The legal clocks at work: extensions of the reply clock, urges (催办), and the dates the
-- statistics read (when a department's reply reached the deputy, and whether on time).

CREATE TABLE extension_request (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id     BIGINT        NOT NULL,
  months            INT           NOT NULL,
  reason            VARCHAR(4000) NOT NULL,
  requested_by      VARCHAR(64)   NOT NULL,
  requested_at      DATETIME(3)   NOT NULL,
  previous_due      DATE          NOT NULL,
  approved          BOOLEAN,
  decided_by        VARCHAR(64),
  decided_at        DATETIME(3),
  decision_comment  VARCHAR(4000),
  new_due           DATE,
  CONSTRAINT fk_extension_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_extension_assignment ON extension_request (assignment_id);
CREATE INDEX ix_extension_open ON extension_request (approved, requested_at);

CREATE TABLE urge (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  suggestion_id  BIGINT        NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  message        VARCHAR(4000) NOT NULL,
  urged_by       VARCHAR(64)   NOT NULL,
  urged_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_urge_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
  CONSTRAINT fk_urge_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_urge_assignment ON urge (assignment_id);
CREATE INDEX ix_urge_suggestion ON urge (suggestion_id);

-- the first signed-off reply of a department, and whether it came by its due date
ALTER TABLE assignment ADD replied_at DATETIME(3);
ALTER TABLE assignment ADD replied_on_time BOOLEAN;

-- 20 working days after the reply reached the deputy; then staff may close it as not evaluated
ALTER TABLE suggestion ADD evaluation_due DATE;
ALTER TABLE suggestion ADD not_evaluated BOOLEAN DEFAULT FALSE NOT NULL;
