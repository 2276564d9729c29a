package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;
import org.deputyflow.suggestion.domain.Rating;

/** One closed satisfaction vote (满意度测评) of the year: on which department, when, the result and its counts. */
public record VoteLine(
        String department,
        LocalDate meetingDate,
        int round,
        Rating outcome,
        long satisfied,
        long basicallySatisfied,
        long unsatisfied,
        long invalid) {}
