-- A timeline line whose comment the system words (a merge, an extension's months, a reason with a comment) keeps
-- the comment's bundle codes (JSON) beside its rendering in the office's language, so that each reader reads the
-- line in their own language, as the inbox does with notices (V35). Lines a person wrote keep only the comment.
ALTER TABLE timeline_event ADD comment_texts MEDIUMTEXT;
ALTER TABLE motion_timeline_event ADD comment_texts MEDIUMTEXT;
