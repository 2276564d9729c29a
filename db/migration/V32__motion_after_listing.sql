-- Motions after listing: the special committee's recommendation, the council's second decision,
-- the meeting that deliberated the motion and what it resolved, and the implementation report with
-- its due date. The meeting is a date and a free-text number until meetings are records of their own.
-- The comments are TEXT: two more VARCHAR(4000) in utf8mb4 would pass the 65,535-byte row limit of MySQL.
ALTER TABLE motion ADD committee_recommendation VARCHAR(20);
ALTER TABLE motion ADD second_decision VARCHAR(20);
ALTER TABLE motion ADD second_decision_comment MEDIUMTEXT;
ALTER TABLE motion ADD second_decided_at DATETIME(3);
ALTER TABLE motion ADD meeting_date DATE;
ALTER TABLE motion ADD meeting_number VARCHAR(200);
ALTER TABLE motion ADD meeting_outcome VARCHAR(30);
ALTER TABLE motion ADD meeting_comment MEDIUMTEXT;
ALTER TABLE motion ADD meeting_recorded_at DATETIME(3);
ALTER TABLE motion ADD implementation_due DATE;
ALTER TABLE motion ADD implementation_report MEDIUMTEXT;
ALTER TABLE motion ADD implementation_reported_at DATETIME(3);
