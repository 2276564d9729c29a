-- The monthly archive of the audit trail runs once across a cluster: a node takes this row's lease with a
-- conditional update (of two nodes at the same moment, one gets it) and gives it back when done; a node
-- that dies with the lease leaves it to the next run after locked_until. The application's user needs
-- SELECT and UPDATE on it (README: Audit trail).
CREATE TABLE audit_archive_lock (
  id            INT          NOT NULL PRIMARY KEY,
  locked_by     VARCHAR(100),
  locked_until  DATETIME
) ${table_options};

INSERT INTO audit_archive_lock (id, locked_by, locked_until) VALUES (1, NULL, NULL);
