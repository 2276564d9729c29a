package org.deputyflow.suggestion.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The small forms of the staff actions panel. Every field is bound as text and checked by the
 * controller, so that a wrong value comes back next to its field in the reader's language rather
 * than as a conversion failure; the panel shows what was entered again.
 */
final class StaffForms {

    private StaffForms() {}

    /** Accept, return or handle as a letter: the three screening forms post the same fields. */
    static class ScreeningForm {
        private String outcome;
        private String reason;
        private String comment;

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        /** Whether this is what the given screening form posted, so its values and errors show there. */
        public boolean posted(String form) {
            return form.equals(outcome);
        }
    }

    static class MergeForm {
        private String into;

        public String getInto() {
            return into;
        }

        public void setInto(String into) {
            this.into = into;
        }
    }

    static class AssignForm {
        private List<String> leadDepartmentIds = new ArrayList<>();
        private List<String> coDepartmentIds = new ArrayList<>();

        public List<String> getLeadDepartmentIds() {
            return leadDepartmentIds;
        }

        public void setLeadDepartmentIds(List<String> leadDepartmentIds) {
            this.leadDepartmentIds = leadDepartmentIds == null ? new ArrayList<>() : leadDepartmentIds;
        }

        public List<String> getCoDepartmentIds() {
            return coDepartmentIds;
        }

        public void setCoDepartmentIds(List<String> coDepartmentIds) {
            this.coDepartmentIds = coDepartmentIds == null ? new ArrayList<>() : coDepartmentIds;
        }

        public boolean lead(long departmentId) {
            return leadDepartmentIds.contains(String.valueOf(departmentId));
        }

        public boolean co(long departmentId) {
            return coDepartmentIds.contains(String.valueOf(departmentId));
        }
    }

    /** Uphold or reassign one department's dispute; the panel has one such form per open dispute. */
    static class DisputeForm extends AssignForm {
        private String uphold;
        private String departmentId;

        public String getUphold() {
            return uphold;
        }

        public void setUphold(String uphold) {
            this.uphold = uphold;
        }

        public String getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(String departmentId) {
            this.departmentId = departmentId;
        }

        /** Whether this is what the form of the given department's dispute posted. */
        public boolean posted(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }

    /** Approve or refuse one extension request; the request comes from the path, not the form. */
    static class ExtensionDecisionForm {
        private String approve;
        private String comment;
        private Long requestId;

        public String getApprove() {
            return approve;
        }

        public void setApprove(String approve) {
            this.approve = approve;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public Long getRequestId() {
            return requestId;
        }

        void requestId(long requestId) {
            this.requestId = requestId;
        }

        public boolean posted(long request) {
            return requestId != null && requestId == request;
        }
    }

    static class ExplanationDecisionForm {
        private String departmentId;
        private String accept;
        private String comment;

        public String getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(String departmentId) {
            this.departmentId = departmentId;
        }

        public String getAccept() {
            return accept;
        }

        public void setAccept(String accept) {
            this.accept = accept;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static class RehandlingForm {
        private String required;
        private String comment;

        public String getRequired() {
            return required;
        }

        public void setRequired(String required) {
            this.required = required;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static class UrgeForm {
        private String departmentId;
        private String message;

        public String getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(String departmentId) {
            this.departmentId = departmentId;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        public boolean department(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }

    static class OpinionWaiverForm {
        private String departmentId;
        private String reason;

        public String getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(String departmentId) {
            this.departmentId = departmentId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean department(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }
}
