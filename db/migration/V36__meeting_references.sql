-- The last two decisions that named a typed date now refer to a meeting record: the standing committee
-- meeting where an unsatisfied department faces its repeat satisfaction vote (set when staff accept its
-- rectification report; the date is kept beside it, copied from the meeting), and the chairpersons' council
-- meeting that approved or sent back a quarterly disclosure. Rows written before stay as they were.
ALTER TABLE vote_rectification ADD next_meeting_id BIGINT;
ALTER TABLE vote_rectification ADD CONSTRAINT fk_vote_rectification_next_meeting
  FOREIGN KEY (next_meeting_id) REFERENCES meeting (id);
CREATE INDEX ix_vote_rectification_next_meeting ON vote_rectification (next_meeting_id);

ALTER TABLE disclosure ADD decided_meeting_id BIGINT;
ALTER TABLE disclosure ADD CONSTRAINT fk_disclosure_decided_meeting
  FOREIGN KEY (decided_meeting_id) REFERENCES meeting (id);
CREATE INDEX ix_disclosure_decided_meeting ON disclosure (decided_meeting_id);
