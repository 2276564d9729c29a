-- A department's written explanation (书面说明) of a follow-up still open at the year end, and staff's
-- decision on it: accepted, or sent back for a new version (each version is a row).
CREATE TABLE follow_up_explanation (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id    BIGINT        NOT NULL,
  year_end         DATE          NOT NULL,
  content          VARCHAR(4000) NOT NULL,
  written_by       VARCHAR(64)   NOT NULL,
  written_at       DATETIME(3)   NOT NULL,
  decision         VARCHAR(16),
  decided_by       VARCHAR(64),
  decided_at       DATETIME(3),
  decision_comment VARCHAR(2000),
  CONSTRAINT fk_follow_up_explanation_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

CREATE INDEX ix_follow_up_explanation_assignment ON follow_up_explanation (assignment_id, decision);
