-- The clock of one department's follow-up (跟踪办理) of a B or C reply: the plan date its signed-off
-- reply named, the day it reported delivery and the lead deputy's confirmation of it. One row per
-- assignment, written when the follow-up starts; follow-ups begun before this table have none and
-- end on the department's report alone, as they did.
CREATE TABLE follow_up_clock (
  assignment_id      BIGINT      NOT NULL PRIMARY KEY,
  department_id      BIGINT      NOT NULL,
  plan_date          DATE        NOT NULL,
  started_at         DATETIME(3) NOT NULL,
  delivered_on       DATE,
  confirmation_due   DATE,
  confirmed_at       DATETIME(3),
  confirmed_by       VARCHAR(64),
  confirmed_by_staff BOOLEAN     NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_follow_up_clock_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ${table_options};

-- the follow-up statistics select the follow-ups started in a period
CREATE INDEX ix_follow_up_clock_started ON follow_up_clock (started_at);
