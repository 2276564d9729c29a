-- Indexes for the annual handling report, which counts one year's rows of tables the other
-- reports do not filter by time: the suggestions submitted in the year and the follow-up reports
-- written in it. (Assignments by assigned_at, votes by meeting_date and motions are indexed already.)
CREATE INDEX ix_suggestion_submitted_at ON suggestion (submitted_at);
CREATE INDEX ix_follow_up_written_at ON follow_up (written_at);
