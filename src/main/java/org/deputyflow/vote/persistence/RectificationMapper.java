package org.deputyflow.vote.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;

@Mapper
public interface RectificationMapper {

    void insert(@Param("row") Rectification rectification);

    Optional<Rectification> find(@Param("voteId") long voteId);

    /** @return 1 if the rectification was in the expected status and has moved on, else 0 */
    int changeStatus(
            @Param("voteId") long voteId,
            @Param("from") RectificationStatus from,
            @Param("to") RectificationStatus to,
            @Param("nextMeetingId") Long nextMeetingId,
            @Param("nextMeetingDate") LocalDate nextMeetingDate);

    /** How many rectifications schedule their repeat vote at the meeting. */
    long countAtMeeting(@Param("meetingId") long meetingId);

    /** The repeat votes scheduled at these meetings, with the department and the vote they follow. */
    List<RepeatVoteAtMeeting> repeatVotesAt(@Param("meetingIds") Collection<Long> meetingIds);

    int markOverdue(@Param("voteId") long voteId);

    void insertReport(
            @Param("voteId") long voteId,
            @Param("title") String title,
            @Param("summary") String summary,
            @Param("submittedBy") long submittedBy,
            @Param("submittedAt") Instant submittedAt,
            @Param("key") GeneratedKey key);

    Optional<RectificationReport> findUndecidedReport(@Param("voteId") long voteId);

    Optional<RectificationReport> findAcceptedReport(@Param("voteId") long voteId);

    int decideReport(
            @Param("id") long reportId,
            @Param("decision") ReportDecision decision,
            @Param("comment") String comment,
            @Param("decidedBy") long decidedBy,
            @Param("decidedAt") Instant decidedAt);

    long countReports(@Param("voteId") long voteId);

    List<RectificationReport> searchReports(
            @Param("voteId") long voteId, @Param("offset") long offset, @Param("limit") int limit);
}
