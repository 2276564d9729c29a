-- Staff's list of replies waiting for publication and the daily publication timer look for signed-off
-- replies marked publishable; the reply table had no index on those flags.
CREATE INDEX ix_reply_publishable ON reply (publishable, approved, assignment_id);
