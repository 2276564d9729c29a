package org.deputyflow.vote.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A department whose work was voted unsatisfied twice in a row, flagged for a formal inquiry (质询):
 * the second vote, the first one it repeated, and when the flag was raised.
 */
public record InquiryFlag(
        long id,
        long departmentId,
        long voteId,
        String voteTitle,
        LocalDate meetingDate,
        long firstVoteId,
        Instant flaggedAt) {}
