-- Indexes for the overdue list and the department statistics, which must stay fast with
-- 100,000 suggestions: each clock of the overdue list is a range scan over the items still owed
-- (a status or state) whose due date has passed, instead of a scan of every suggestion or
-- assignment ever made; the statistics read one period's assignments by the time they were made.
-- V2/V5 already index what the statistics join per assignment: reply, evaluation (unique round),
-- extension_request and urge by assignment, urge by suggestion.

-- SCREENING: submitted suggestions by screening due date
CREATE INDEX ix_suggestion_screening_due ON suggestion (status, screening_due);

-- EVALUATION: replied suggestions by evaluation due date
CREATE INDEX ix_suggestion_evaluation_due ON suggestion (status, evaluation_due);

-- REPLY (list and "overdue now"): open assignments by reply due date
CREATE INDEX ix_assignment_reply_due ON assignment (state, reply_due);

-- CO_UNIT_OPINION: open assignments by opinion due date
CREATE INDEX ix_assignment_opinion_due ON assignment (state, opinion_due);

-- statistics: the assignments made in a period
CREATE INDEX ix_assignment_assigned_at ON assignment (assigned_at);
