package org.deputyflow.disclosure.process;

import java.util.Date;
import org.deputyflow.disclosure.SupervisionQueries;
import org.springframework.stereotype.Component;

/** The moment the BPMN's due date and timer read: the end of the recipient's acknowledgement day. */
@Component(SupervisionProcess.Delegates.CLOCKS)
public class SupervisionClocks {

    private final SupervisionQueries supervision;

    SupervisionClocks(SupervisionQueries supervision) {
        this.supervision = supervision;
    }

    public Date acknowledgementDue(long recipientId) {
        return Date.from(supervision.acknowledgementDueAt(recipientId));
    }
}
