-- Attachments (附件) of suggestions, replies, follow-ups and motions. The bytes live in the attachment
-- store (a folder, or an S3-compatible bucket), named by storage_key; a row says whose file it is, what
-- its content was found to be, and who brought it when. Moments are UTC DATETIMEs; file names are
-- counted in characters by the application, the column twice as wide because H2 counts 𠮷 twice.
CREATE TABLE attachment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  owner_kind    VARCHAR(16)   NOT NULL,
  owner_id      BIGINT        NOT NULL,
  file_name     VARCHAR(400)  NOT NULL,
  content_type  VARCHAR(127)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  storage_key   VARCHAR(200)  NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key)
) ${table_options};

-- a record's files, in upload order, and their number against the count limit
CREATE INDEX ix_attachment_owner ON attachment (owner_kind, owner_id, id);
