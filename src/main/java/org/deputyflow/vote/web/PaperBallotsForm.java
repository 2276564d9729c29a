package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A paper ballot box: the members who handed one in and its counts. */
public record PaperBallotsForm(
        @NotNull(message = "{votePage.error.membersRequired}")
        @Size(min = 1, max = 1000, message = "{votePage.error.membersRequired}")
        List<Long> memberIds,

        @NotNull(message = "{votePage.error.countRequired}") @PositiveOrZero(message = "{votePage.error.countNegative}")
        Integer satisfied,

        @NotNull(message = "{votePage.error.countRequired}") @PositiveOrZero(message = "{votePage.error.countNegative}")
        Integer basicallySatisfied,

        @NotNull(message = "{votePage.error.countRequired}") @PositiveOrZero(message = "{votePage.error.countNegative}")
        Integer unsatisfied,

        @NotNull(message = "{votePage.error.countRequired}") @PositiveOrZero(message = "{votePage.error.countNegative}")
        Integer invalid) {

    public PaperBallotsForm {
        memberIds = memberIds == null ? null : List.copyOf(memberIds);
    }

    /** The empty box the page offers: no member, every count zero. */
    static PaperBallotsForm empty() {
        return new PaperBallotsForm(List.of(), 0, 0, 0, 0);
    }

    public boolean includes(long memberId) {
        return memberIds != null && memberIds.contains(memberId);
    }
}
