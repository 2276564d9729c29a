package org.deputyflow.suggestion.web;

/**
 * The small forms of the department actions panel, bound by their constructors. Every field is bound
 * as text and checked by the controller or the service, so that a wrong value is an error next to its
 * field in the reader's language rather than a conversion failure.
 */
final class DepartmentForms {

    private DepartmentForms() {}

    record ReasonForm(String reason) {

        static ReasonForm empty() {
            return new ReasonForm(null);
        }
    }

    record ContentForm(String content) {

        static ContentForm empty() {
            return new ContentForm(null);
        }
    }

    record ContactForm(String method, String contactedAt, String summary) {

        /** A new contact is by phone, just now, unless the handler says otherwise. */
        static ContactForm of(String method, String contactedAt) {
            return new ContactForm(method, contactedAt, null);
        }
    }

    /** A reply may be published unless the handler unticks the box (which then posts only its marker). */
    record ReplyForm(
            String resultClass, String content, String planDate, String publishable, String notPublishableReason) {

        static ReplyForm empty() {
            return new ReplyForm(null, null, null, "true", null);
        }

        boolean publishes() {
            return ticked(publishable);
        }
    }

    record FollowUpForm(String content, String delivered) {

        static FollowUpForm empty() {
            return new FollowUpForm(null, null);
        }

        boolean isDelivered() {
            return ticked(delivered);
        }
    }

    private static boolean ticked(String box) {
        return box != null && "true".equals(box.strip());
    }

    record SignOffForm(String decision, String comment) {

        static SignOffForm empty() {
            return new SignOffForm(null, null);
        }
    }

    record ExtensionForm(String months, String reason) {

        static ExtensionForm of(String months) {
            return new ExtensionForm(months, null);
        }
    }
}
