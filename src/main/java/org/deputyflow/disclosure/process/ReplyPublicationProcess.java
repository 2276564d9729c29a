package org.deputyflow.disclosure.process;

/**
 * The names {@code bpmn/reply-publication.bpmn} uses: the daily timer that opens reviews and publishes the
 * approved replies that are due, and one instance per reply for staff's review (business key: the reply's id).
 */
public final class ReplyPublicationProcess {

    /** Process id and file name. */
    public static final String KEY = "reply-publication";

    private ReplyPublicationProcess() {}

    public static final class Elements {
        public static final String DAY_BEGUN = "Event_DayBegun";
        public static final String PUBLISH_DUE = "Task_PublishDueReplies";
        public static final String OPEN_REVIEWS = "Task_OpenReviews";
        public static final String PUBLISHED = "Event_DueRepliesPublished";

        public static final String REVIEW_REQUESTED = "Event_ReviewRequested";
        public static final String REVIEW = "Task_ReviewReply";
        public static final String REVIEW_OUTCOME = "Gateway_ReviewOutcome";
        public static final String APPROVED = "Event_ReplyApproved";
        public static final String HELD_BACK = "Event_ReplyHeldBack";
        public static final String GRACE_OVER = "Timer_GraceOver";
        public static final String GRACE_CONFIGURED = "Gateway_GraceConfigured";
        public static final String PUBLISH_UNREVIEWED = "Task_PublishUnreviewed";
        public static final String PUBLISHED_UNREVIEWED = "Event_PublishedUnreviewed";
        public static final String STILL_IN_REVIEW = "Event_StillInReview";

        private Elements() {}
    }

    public static final class Messages {
        /** starts a reply's review; the business key is the reply's id */
        public static final String REVIEW_REQUESTED = "ReplyReviewRequested";

        private Messages() {}
    }

    public static final class Variables {
        /** the reply's id (Long) */
        public static final String REPLY_ID = "replyId";
        /** whether the grace period was configured when the review opened (Boolean) */
        public static final String PUBLISH_UNREVIEWED = "publishUnreviewed";
        /** staff's decision (Boolean): true approves, false holds back */
        public static final String APPROVED = "approved";

        private Variables() {}
    }

    public static final class Delegates {
        public static final String PUBLISH_DUE = "publishDueReplies";
        public static final String OPEN_REVIEWS = "openReplyReviews";
        public static final String PUBLISH_UNREVIEWED = "publishUnreviewedReply";
        public static final String CLOCK = "replyReviewClock";

        private Delegates() {}
    }
}
