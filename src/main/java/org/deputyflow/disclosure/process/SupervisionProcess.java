package org.deputyflow.disclosure.process;

/** The names {@code bpmn/supervision-instruction.bpmn} uses: one instance per department an instruction reached. */
public final class SupervisionProcess {

    /** Process id and file name. */
    public static final String KEY = "supervision-instruction";

    private SupervisionProcess() {}

    public static final class Elements {
        public static final String SENT = "Event_InstructionSent";
        public static final String ACKNOWLEDGE = "Task_AcknowledgeInstruction";
        public static final String ACKNOWLEDGED = "Event_InstructionAcknowledged";
        public static final String OVERDUE = "Timer_AcknowledgementOverdue";
        public static final String REMIND = "Task_RemindOverdueAcknowledgement";
        public static final String REMINDED = "Event_OverdueReminded";

        private Elements() {}
    }

    public static final class Variables {
        /** the {@code supervision_recipient} row, also the business key */
        public static final String RECIPIENT_ID = "recipientId";
        /** the department's code: the task's candidate group */
        public static final String DEPARTMENT_CODE = "departmentCode";

        private Variables() {}
    }

    public static final class Delegates {
        public static final String REMIND = "remindOverdueAcknowledgement";
        public static final String CLOCKS = "supervisionClocks";

        private Delegates() {}
    }
}
