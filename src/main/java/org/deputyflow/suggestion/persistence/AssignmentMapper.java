package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;

@Mapper
public interface AssignmentMapper {

    void insert(
            @Param("suggestionId") long suggestionId,
            @Param("departmentId") long departmentId,
            @Param("role") AssignmentRole role,
            @Param("state") AssignmentState state,
            @Param("assignedAt") Instant assignedAt,
            @Param("disputeDue") LocalDate disputeDue,
            @Param("opinionDue") LocalDate opinionDue,
            @Param("replyDue") LocalDate replyDue,
            @Param("key") GeneratedKey key);

    Optional<Assignment> findById(@Param("id") long id);

    List<Assignment> findBySuggestion(@Param("suggestionId") long suggestionId);

    List<Assignment> findByIds(@Param("ids") java.util.Collection<Long> ids);

    void updateState(@Param("id") long id, @Param("state") AssignmentState state);

    void finish(@Param("id") long id, @Param("state") AssignmentState state, @Param("at") Instant at);

    void waiveOpinion(@Param("id") long id, @Param("state") AssignmentState state, @Param("at") Instant at);

    void deactivate(@Param("id") long id, @Param("state") AssignmentState state, @Param("at") Instant at);

    /** Takes the department's task for a handler unless somebody holds it: 1 when this call won. */
    int claim(@Param("id") long id, @Param("login") String login);

    int unclaim(@Param("id") long id, @Param("login") String login);

    /** The first signed-off reply of the department: when, and whether by its due date. */
    void markReplied(@Param("id") long id, @Param("at") Instant at, @Param("onTime") boolean onTime);

    /** A new reply due date: an approved extension, or the re-handling clock. */
    void moveReplyDue(@Param("id") long id, @Param("replyDue") LocalDate replyDue);

    /** Ids of the active assignments in one of these states, in id order: a multi-instance collection. */
    List<Long> activeIdsInStates(
            @Param("suggestionId") long suggestionId, @Param("states") List<AssignmentState> states);

    void insertDispute(
            @Param("assignmentId") long assignmentId,
            @Param("reason") String reason,
            @Param("raisedBy") String raisedBy,
            @Param("raisedAt") Instant raisedAt,
            @Param("key") GeneratedKey key);

    List<Dispute> findDisputesBySuggestion(@Param("suggestionId") long suggestionId);

    void decideDispute(
            @Param("id") long id,
            @Param("upheld") boolean upheld,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt);
}
