package org.deputyflow.disclosure.process;

/**
 * The names {@code bpmn/quarterly-disclosure.bpmn} uses: its key, the element ids code and tests refer
 * to, the variables its gateways read and the delegate beans it calls. Nobody else spells them.
 */
public final class DisclosureProcess {

    /** Process id and file name; the business key of an instance is the disclosure's id once built. */
    public static final String KEY = "quarterly-disclosure";

    private DisclosureProcess() {}

    public static final class Elements {
        public static final String QUARTER_BEGUN = "Event_QuarterBegun";
        public static final String STARTED_BY_STAFF = "Event_StartedByStaff";
        public static final String SNAPSHOT_REQUESTED = "Gateway_SnapshotRequested";
        public static final String BUILD_SNAPSHOT = "Task_BuildSnapshot";
        public static final String REVIEW_ROUND = "Gateway_ReviewRound";
        public static final String REVIEW = "Task_ReviewDisclosure";
        public static final String APPROVE = "Task_ApproveDisclosure";
        public static final String APPROVED = "Gateway_Approved";
        public static final String PUBLISH = "Task_PublishDisclosure";
        public static final String PUBLISHED = "Event_Published";

        private Elements() {}
    }

    public static final class Messages {
        /** starts an instance for a quarter staff name, or for a correction */
        public static final String REQUESTED = "DisclosureRequested";

        private Messages() {}
    }

    public static final class Variables {
        /** the quarter's year (Integer); absent when the timer started the instance */
        public static final String YEAR = "year";
        /** the quarter, 1 to 4 (Integer); absent when the timer started the instance */
        public static final String QUARTER = "quarter";
        /** the published version a correction replaces (Long), if any */
        public static final String REPLACES_ID = "replacesId";
        /** the disclosure's id (Long), set when the snapshot is built */
        public static final String DISCLOSURE_ID = "disclosureId";
        /** the council's decision (Boolean) */
        public static final String APPROVED = "approved";

        private Variables() {}
    }

    /** Bean names used as {@code ${beanName}} in the BPMN file. */
    public static final class Delegates {
        public static final String BUILD_SNAPSHOT = "buildDisclosureSnapshot";
        public static final String PUBLISH = "publishDisclosure";
        public static final String SCHEDULE = "disclosureSchedule";

        private Delegates() {}
    }
}
