-- The admin's user list searches by login or by name prefix; login has its unique index already.
CREATE INDEX ix_app_user_display_name ON app_user (display_name);

-- Motion statistics count the motions submitted in a period.
CREATE INDEX ix_motion_created ON motion (created_at);
