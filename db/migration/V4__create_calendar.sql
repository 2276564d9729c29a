-- The working-day calendar. The rule is "Saturday and Sunday are days off"; calendar_day holds the
-- dates that break it: a HOLIDAY on a weekday, or a MAKEUP_WORKDAY (调休上班) on a weekend.
-- A date without a row follows the rule, so a year nobody maintained still has working days.
-- calendar_year has a row for every year an admin replaced: who did it and when, and a row to lock
-- so that two replacements of the same year cannot interleave.
-- Column names avoid DATE, YEAR and DAY, which are keywords in H2 or MySQL.

CREATE TABLE calendar_day (
  calendar_date  DATE        NOT NULL PRIMARY KEY,
  kind           VARCHAR(20) NOT NULL,
  name           VARCHAR(60) NOT NULL,
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
) ${table_options};

CREATE TABLE calendar_year (
  year_number  INT         NOT NULL PRIMARY KEY,
  updated_at   DATETIME    NOT NULL,
  updated_by   VARCHAR(64) NOT NULL
) ${table_options};
