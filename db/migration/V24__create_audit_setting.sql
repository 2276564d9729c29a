-- The settings a node last started with, so that the next start can write the audit line of every setting
-- that changed, with its value before and after (settings are configuration, read at start). Secrets are
-- kept only as "(set)" or "(not set)". The application's user needs SELECT, INSERT, UPDATE and DELETE on it.
CREATE TABLE audit_setting (
  name           VARCHAR(200)  NOT NULL PRIMARY KEY,
  setting_value  VARCHAR(1000)
) ${table_options};
