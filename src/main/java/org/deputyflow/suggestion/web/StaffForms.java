package org.deputyflow.suggestion.web;

import java.util.List;

/**
 * The small forms of the staff actions panel, bound by their constructors. Every field is bound as
 * text and checked by the controller, so that a wrong value comes back next to its field in the
 * reader's language rather than as a conversion failure; the panel shows what was entered again.
 */
final class StaffForms {

    private StaffForms() {}

    /** Accept, return or handle as a letter: the three screening forms post the same fields. */
    record ScreeningForm(String outcome, String reason, String comment) {

        static ScreeningForm empty() {
            return new ScreeningForm(null, null, null);
        }

        /** Whether this is what the given screening form posted, so its values and errors show there. */
        public boolean posted(String form) {
            return form.equals(outcome);
        }
    }

    record MergeForm(String into) {

        static MergeForm empty() {
            return new MergeForm(null);
        }
    }

    /** The lead and co-unit pickers that assigning and reassigning a disputed suggestion share. */
    interface DepartmentPicks {

        List<String> leadDepartmentIds();

        List<String> coDepartmentIds();

        default boolean lead(long departmentId) {
            return leadDepartmentIds().contains(String.valueOf(departmentId));
        }

        default boolean co(long departmentId) {
            return coDepartmentIds().contains(String.valueOf(departmentId));
        }
    }

    record AssignForm(List<String> leadDepartmentIds, List<String> coDepartmentIds) implements DepartmentPicks {

        AssignForm {
            leadDepartmentIds = leadDepartmentIds == null ? List.of() : leadDepartmentIds;
            coDepartmentIds = coDepartmentIds == null ? List.of() : coDepartmentIds;
        }

        static AssignForm empty() {
            return new AssignForm(null, null);
        }
    }

    /** Uphold or reassign one department's dispute; the panel has one such form per open dispute. */
    record DisputeForm(String uphold, String departmentId, List<String> leadDepartmentIds, List<String> coDepartmentIds)
            implements DepartmentPicks {

        DisputeForm {
            leadDepartmentIds = leadDepartmentIds == null ? List.of() : leadDepartmentIds;
            coDepartmentIds = coDepartmentIds == null ? List.of() : coDepartmentIds;
        }

        static DisputeForm empty() {
            return new DisputeForm(null, null, null, null);
        }

        /** Whether this is what the form of the given department's dispute posted. */
        public boolean posted(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }

    /**
     * Approve or refuse one extension request. The request is the path's ({@code {requestId}}, which
     * the binder hands to the form too): the form only says which request's errors to show.
     */
    record ExtensionDecisionForm(String approve, String comment, String requestId) {

        static ExtensionDecisionForm empty() {
            return new ExtensionDecisionForm(null, null, null);
        }

        public boolean posted(long request) {
            return String.valueOf(request).equals(requestId);
        }
    }

    record ExplanationDecisionForm(String departmentId, String accept, String comment) {

        static ExplanationDecisionForm empty() {
            return new ExplanationDecisionForm(null, null, null);
        }
    }

    record RehandlingForm(String required, String comment) {

        static RehandlingForm empty() {
            return new RehandlingForm(null, null);
        }
    }

    record UrgeForm(String departmentId, String message) {

        /** A new urge is to every department that may be urged, with the office's usual words. */
        static UrgeForm of(String message) {
            return new UrgeForm(null, message);
        }

        public boolean department(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }

    record OpinionWaiverForm(String departmentId, String reason) {

        static OpinionWaiverForm empty() {
            return new OpinionWaiverForm(null, null);
        }

        public boolean department(long department) {
            return String.valueOf(department).equals(departmentId == null ? null : departmentId.strip());
        }
    }
}
