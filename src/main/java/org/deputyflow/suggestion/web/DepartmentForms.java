package org.deputyflow.suggestion.web;

/**
 * The small forms of the department actions panel. Every field is bound as text and checked by the
 * controller, so that a wrong value is an error next to its field in the reader's language rather
 * than a conversion failure.
 */
final class DepartmentForms {

    private DepartmentForms() {}

    static class ReasonForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static class ContentForm {
        private String content;

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }
    }

    static class ContactForm {
        private String method;
        private String contactedAt;
        private String summary;

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getContactedAt() {
            return contactedAt;
        }

        public void setContactedAt(String contactedAt) {
            this.contactedAt = contactedAt;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    static class ReplyForm {
        private String resultClass;
        private String content;
        private String planDate;
        private boolean publishable = true;
        private String notPublishableReason;

        public String getResultClass() {
            return resultClass;
        }

        public void setResultClass(String resultClass) {
            this.resultClass = resultClass;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public String getPlanDate() {
            return planDate;
        }

        public void setPlanDate(String planDate) {
            this.planDate = planDate;
        }

        public boolean isPublishable() {
            return publishable;
        }

        public void setPublishable(boolean publishable) {
            this.publishable = publishable;
        }

        public String getNotPublishableReason() {
            return notPublishableReason;
        }

        public void setNotPublishableReason(String notPublishableReason) {
            this.notPublishableReason = notPublishableReason;
        }
    }

    static class FollowUpForm {
        private String content;
        private boolean delivered;

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public boolean isDelivered() {
            return delivered;
        }

        public void setDelivered(boolean delivered) {
            this.delivered = delivered;
        }
    }

    static class SignOffForm {
        private String decision;
        private String comment;

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static class ExtensionForm {
        private String months;
        private String reason;

        public String getMonths() {
            return months;
        }

        public void setMonths(String months) {
            this.months = months;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
