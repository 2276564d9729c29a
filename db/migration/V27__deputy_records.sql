-- Deputies' records (代表履职): per deputy and year, suggestions led and co-signed, motions led and
-- co-signed, evaluations given and how many on time, face-to-face contacts. Each count is one GROUP BY
-- over a year's range of one table, so each range gets an index that also covers the grouping column.

-- an evaluation given by the end of its evaluation period (the suggestion's evaluation_due on the day
-- it was given) is on time; the service writes it, since the due date moves with a re-handled reply
ALTER TABLE evaluation ADD on_time BOOLEAN;

-- earlier evaluations: compared with the due date the suggestion holds now, by the UTC date of the
-- moment (a migration knows no zone); a re-handled suggestion's first evaluation is read as on time
UPDATE evaluation SET on_time = (
  SELECT CASE WHEN s.evaluation_due IS NULL THEN NULL
              WHEN CAST(evaluation.evaluated_at AS DATE) <= s.evaluation_due THEN TRUE
              ELSE FALSE END
  FROM assignment a JOIN suggestion s ON s.id = a.suggestion_id
  WHERE a.id = evaluation.assignment_id);

CREATE INDEX ix_suggestion_submitted ON suggestion (submitted_at, submitter_deputy_id);
CREATE INDEX ix_motion_created_lead ON motion (created_at, lead_deputy_id);
CREATE INDEX ix_evaluation_evaluated ON evaluation (evaluated_at, deputy_id, on_time);
CREATE INDEX ix_contact_method ON contact_record (method, contacted_at, assignment_id);
