package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock of one department's follow-up of a B or C reply: the plan date the reply named, the day the
 * department reported delivery and until when the lead deputy may confirm it.
 *
 * @param deliveredOn the day of the delivery report now awaiting or past confirmation; null while none stands
 * @param confirmationDue the last day of the deputy's confirmation; staff may confirm from the day after
 */
public record FollowUpClock(
        long assignmentId,
        long departmentId,
        LocalDate planDate,
        Instant startedAt,
        LocalDate deliveredOn,
        LocalDate confirmationDue,
        Instant confirmedAt,
        String confirmedBy,
        boolean confirmedByStaff) {

    /** The deputy's time to confirm is over on this day: staff may confirm in the deputy's stead. */
    public boolean confirmationLapsedOn(LocalDate today) {
        return confirmationDue != null && today.isAfter(confirmationDue);
    }

    /** Delivered no later than the plan date the reply named. */
    public boolean deliveredOnTime() {
        return deliveredOn != null && !deliveredOn.isAfter(planDate);
    }
}
