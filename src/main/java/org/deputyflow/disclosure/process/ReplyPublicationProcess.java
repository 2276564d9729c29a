package org.deputyflow.disclosure.process;

/** The names {@code bpmn/reply-publication.bpmn} uses. */
public final class ReplyPublicationProcess {

    /** Process id and file name. */
    public static final String KEY = "reply-publication";

    private ReplyPublicationProcess() {
    }

    public static final class Elements {
        public static final String DAY_BEGUN = "Event_DayBegun";
        public static final String PUBLISH_DUE = "Task_PublishDueReplies";
        public static final String PUBLISHED = "Event_DueRepliesPublished";

        private Elements() {
        }
    }

    public static final class Delegates {
        public static final String PUBLISH_DUE = "publishDueReplies";

        private Delegates() {
        }
    }
}
