-- Meetings (主任会议, 常委会会议, 代表大会) as records of their own: the council's decisions refer to the
-- meeting that took them instead of a typed date. The number is the session and sequence as it is
-- written, such as 第十六届第5次, unique within a kind. The motion keeps its free meeting date and number,
-- filled from the meeting when one is given, so rows written before meetings existed stay readable.
CREATE TABLE meeting (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(30)   NOT NULL,
  number      VARCHAR(200)  NOT NULL,
  held_on     DATE          NOT NULL,
  title       VARCHAR(400),
  created_by  VARCHAR(64)   NOT NULL,
  created_at  DATETIME(3)   NOT NULL,
  updated_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_meeting_kind_number UNIQUE (kind, number)
) ${table_options};

-- the list: newest first, filtered by kind and by year
CREATE INDEX ix_meeting_held_on ON meeting (held_on, id);
CREATE INDEX ix_meeting_kind_held_on ON meeting (kind, held_on, id);

-- the meeting that designated a key suggestion (主任会议)
ALTER TABLE key_suggestion ADD meeting_id BIGINT;
ALTER TABLE key_suggestion ADD CONSTRAINT fk_key_suggestion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);
CREATE INDEX ix_key_suggestion_meeting ON key_suggestion (meeting_id);

-- the motion's three meetings: the council's decision and second decision (主任会议), and the
-- standing committee meeting that deliberated a listed motion
ALTER TABLE motion ADD decision_meeting_id BIGINT;
ALTER TABLE motion ADD second_decision_meeting_id BIGINT;
ALTER TABLE motion ADD meeting_id BIGINT;
ALTER TABLE motion ADD CONSTRAINT fk_motion_decision_meeting FOREIGN KEY (decision_meeting_id) REFERENCES meeting (id);
ALTER TABLE motion ADD CONSTRAINT fk_motion_second_decision_meeting FOREIGN KEY (second_decision_meeting_id) REFERENCES meeting (id);
ALTER TABLE motion ADD CONSTRAINT fk_motion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);
CREATE INDEX ix_motion_decision_meeting ON motion (decision_meeting_id);
CREATE INDEX ix_motion_second_decision_meeting ON motion (second_decision_meeting_id);
CREATE INDEX ix_motion_meeting ON motion (meeting_id);
