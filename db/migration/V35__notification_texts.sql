-- A notice's subject and text as the bundle codes they were rendered from (JSON), so that the inbox shows
-- each reader a notice in their own language; subject and body keep the rendering in the office's language
-- for e-mail and for notices stored before. MEDIUMTEXT: another VARCHAR(4000) in utf8mb4 would crowd the row.
ALTER TABLE notification ADD texts MEDIUMTEXT;
