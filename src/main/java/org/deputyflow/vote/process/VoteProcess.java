package org.deputyflow.vote.process;

/**
 * The names {@code bpmn/satisfaction-vote.bpmn} uses: its key, the element ids code and tests refer
 * to, the variables its gateways read and the delegate beans it calls. Nobody else spells them.
 */
public final class VoteProcess {

    /** Process id and file name; the business key of an instance is the vote's id. */
    public static final String KEY = "satisfaction-vote";

    private VoteProcess() {}

    public static final class Elements {
        public static final String START = "Event_VoteCreated";
        public static final String OPEN_VOTE = "Task_OpenVote";
        public static final String CLOSE_VOTE = "Task_CloseVote";
        public static final String OUTCOME = "Gateway_Outcome";
        public static final String SATISFIED = "Event_Satisfied";
        public static final String REPEATED_UNSATISFIED = "Gateway_RepeatedUnsatisfied";
        public static final String FLAG_FOR_INQUIRY = "Task_FlagForInquiry";
        public static final String INQUIRY_FLAGGED = "Event_InquiryFlagged";
        public static final String RECTIFICATION_DUE = "Gateway_RectificationDue";
        public static final String SUBMIT_REPORT = "Task_SubmitRectificationReport";
        public static final String REPORT_OVERDUE = "Timer_RectificationOverdue";
        public static final String MARK_OVERDUE = "Task_MarkRectificationOverdue";
        public static final String OVERDUE_MARKED = "Event_OverdueMarked";
        public static final String REVIEW_REPORT = "Task_ReviewRectificationReport";
        public static final String REPORT_ACCEPTED = "Gateway_ReportAccepted";
        public static final String FOLLOW_UP_REQUIRED = "Gateway_FollowUpRequired";
        public static final String CREATE_FOLLOW_UP = "Task_CreateFollowUpVote";
        public static final String FOLLOW_UP_CREATED = "Event_FollowUpVoteCreated";
        public static final String RECTIFICATION_ACCEPTED = "Event_RectificationAccepted";

        private Elements() {}
    }

    public static final class Variables {
        /** the vote's id (Long) */
        public static final String VOTE_ID = "voteId";
        /** the department's code: candidate group of the rectification report task */
        public static final String DEPARTMENT_CODE = "departmentCode";
        /** {@code SATISFIED}, {@code BASICALLY_SATISFIED} or {@code UNSATISFIED}, set when the vote is closed */
        public static final String OUTCOME = "outcome";
        /** whether this unsatisfied outcome repeats one, which flags the department for a formal inquiry */
        public static final String FORMAL_INQUIRY = "formalInquiry";
        /** when the rectification report is overdue (Date): due date of the report task and of its timer */
        public static final String RECTIFICATION_DUE = "rectificationDue";
        /** staff's decision on the latest rectification report */
        public static final String REPORT_ACCEPTED = "reportAccepted";

        private Variables() {}
    }

    /** Bean names of the delegates, as {@code ${beanName}} in the BPMN file. */
    public static final class Delegates {
        public static final String FLAG_FOR_INQUIRY = "flagDepartmentForInquiry";
        public static final String MARK_OVERDUE = "markRectificationOverdue";
        public static final String CREATE_FOLLOW_UP = "createFollowUpVote";

        private Delegates() {}
    }
}
