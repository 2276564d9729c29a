-- Which key signed an archive's file, so that the archive key can be rotated: the first 16 hex digits of the
-- key's SHA-256 (deputyflow.audit.archive-key signs, archive-previous-keys only check; never the key itself).
-- Archives written before this column have none and are checked against every configured key.
ALTER TABLE audit_archive ADD COLUMN key_id CHAR(16);
