package org.deputyflow.vote.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What staff give to set up a vote; a follow-up vote is derived from the one it repeats. */
public record NewVote(
        String title, LocalDate meetingDate, long departmentId, String reportTitle, int round, Long previousVoteId) {

    public NewVote {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(reportTitle, "reportTitle");
        if (round < 1 || (round > 1) != (previousVoteId != null)) {
            throw new IllegalArgumentException("only a follow-up vote has a previous vote, and it is round 2 or later");
        }
    }

    public static NewVote first(String title, LocalDate meetingDate, long departmentId, String reportTitle) {
        return new NewVote(title, meetingDate, departmentId, reportTitle, 1, null);
    }

    /**
     * The same department again at the next meeting, on the report it gave after rectifying; its title is
     * the previous one marked as a follow-up ({@code titleSuffix}, in the office's language).
     */
    public static NewVote followUpOf(
            Vote previous, String titleSuffix, LocalDate nextMeetingDate, String rectificationReportTitle) {
        return new NewVote(
                previous.title() + titleSuffix,
                nextMeetingDate,
                previous.departmentId(),
                rectificationReportTitle,
                previous.round() + 1,
                previous.id());
    }
}
