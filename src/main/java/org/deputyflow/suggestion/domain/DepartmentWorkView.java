package org.deputyflow.suggestion.domain;

/** The lists a department's handlers and leaders work from, each over the department's own assignments. */
public enum DepartmentWorkView {
    /** waiting in the department's queue for a handler to claim it */
    QUEUE,
    /** claimed by the caller */
    MINE,
    /** a reply waiting for the leader's sign-off */
    SIGN_OFF,
    /** an extension request the department made and staff have not decided yet */
    EXTENSION_PENDING,
    /** a running clock that ends within the reminder window, today included */
    DUE_SOON,
    /** a running clock whose due date has passed */
    OVERDUE
}
