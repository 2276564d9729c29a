/**
 * Attachments (附件) of suggestions, motions, replies and follow-up reports: files kept outside the database rows in an
 * {@link org.deputyflow.attachment.AttachmentStore} (a folder by default, an S3-compatible bucket in a
 * cluster), their type read from their content, read by whoever may read the record they belong to, every
 * download in the audit trail. Who may add a file when is the owning module's rule, asked through its
 * {@code SuggestionFiles} / {@code HandlingRecordFiles} / {@code MotionFiles}.
 */
package org.deputyflow.attachment;
