-- Indexes for the annual handling report, which counts one year's rows of tables the other
-- reports do not filter by time: the follow-up reports written in the year. (The suggestions
-- submitted in the year use V27's ix_suggestion_submitted, whose first column is submitted_at;
-- assignments by assigned_at, votes by meeting_date and motions are indexed already.)
CREATE INDEX ix_follow_up_written_at ON follow_up (written_at);
