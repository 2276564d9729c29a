package org.deputyflow.disclosure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.disclosure.domain.DepartmentProgress;
import org.deputyflow.disclosure.domain.InstructionRecipient;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionActivity;
import org.deputyflow.disclosure.domain.SupervisionKind;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.AssignmentState;

/** Instructions, their recipients, visits and meetings, and the progress sentence of key suggestions. */
@Mapper
public interface SupervisionMapper {

    /** The key suggestion, locked for a write that depends on its row (the progress sentence). */
    Optional<KeySuggestion> lockKeySuggestion(@Param("suggestionId") long suggestionId);

    long countSupervisedBy(@Param("leader") String leader);

    List<KeySuggestion> supervisedBy(
            @Param("leader") String leader, @Param("offset") long offset, @Param("limit") int limit);

    /** Every active department of these suggestions, by suggestion then assignment. */
    List<SuggestionDepartment> departments(@Param("suggestionIds") Collection<Long> suggestionIds);

    /** The departments whose active assignment is in one of these states, with their codes. */
    List<DepartmentAtWork> departmentsAtWork(
            @Param("suggestionId") long suggestionId, @Param("states") List<AssignmentState> states);

    void insertInstruction(
            @Param("keySuggestionId") long keySuggestionId,
            @Param("content") String content,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("key") GeneratedKey key);

    void insertRecipient(
            @Param("instructionId") long instructionId,
            @Param("departmentId") long departmentId,
            @Param("due") LocalDate acknowledgeDue,
            @Param("key") GeneratedKey key);

    List<InstructionRow> instructions(@Param("keySuggestionId") long keySuggestionId);

    List<InstructionRecipient> recipients(@Param("keySuggestionId") long keySuggestionId);

    Optional<RecipientRow> lockRecipient(@Param("id") long id);

    Optional<RecipientRow> recipient(@Param("id") long id);

    int acknowledge(
            @Param("id") long id, @Param("by") String by, @Param("at") Instant at, @Param("reply") String reply);

    long countToDepartment(@Param("departmentId") long departmentId, @Param("openOnly") boolean openOnly);

    /** The department's instructions, open ones first, each group newest first. */
    List<InstructionToDepartment> toDepartment(
            @Param("departmentId") long departmentId,
            @Param("openOnly") boolean openOnly,
            @Param("offset") long offset,
            @Param("limit") int limit);

    /** The task list's lines: each recipient's suggestion, by recipient id. */
    List<InstructionToDepartment> byRecipientIds(@Param("ids") Collection<Long> ids);

    void insertActivity(
            @Param("keySuggestionId") long keySuggestionId,
            @Param("kind") SupervisionKind kind,
            @Param("heldOn") LocalDate heldOn,
            @Param("place") String place,
            @Param("participants") String participants,
            @Param("summary") String summary,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("key") GeneratedKey key);

    List<SupervisionActivity> activities(@Param("keySuggestionId") long keySuggestionId);

    int draftProgress(@Param("id") long keySuggestionId, @Param("text") String text, @Param("by") String by);

    int approveProgress(@Param("id") long keySuggestionId, @Param("by") String by, @Param("at") Instant at);

    /** A department handling a suggestion, for the council's page. */
    record SuggestionDepartment(long suggestionId, DepartmentProgress progress) {}

    /** A department an instruction goes to: its code is its task's candidate group. */
    record DepartmentAtWork(long id, String code) {}

    /** An instruction's own row. */
    record InstructionRow(long id, long keySuggestionId, String content, String writtenBy, Instant writtenAt) {}

    /** A recipient with what the acknowledgement needs to know. */
    record RecipientRow(
            long id,
            long instructionId,
            long departmentId,
            String departmentCode,
            String departmentName,
            long suggestionId,
            String supervisingLeader,
            LocalDate acknowledgeDue,
            Instant acknowledgedAt) {}
}
