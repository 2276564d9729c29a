package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An action reads its suggestion, assignments and key-suggestion row once; a reader after a write
 * of that row in the same transaction sees the new state, a rolled-back write is not seen later.
 */
@DeputyFlowTest
class SuggestionReadsTests {

    @Autowired
    SuggestionReads reads;

    @Autowired
    KeySuggestionPolicy keySuggestions;

    @Autowired
    SuggestionMapper suggestions;

    @Autowired
    AssignmentMapper assignments;

    @Autowired
    TimelineMapper timeline;

    @Autowired
    KeySuggestionMapper keyMapper;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate tx;
    long deputyId;
    long departmentId;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        deputyId = jdbc.queryForObject("SELECT deputy_id FROM app_user WHERE login = 'deputy001'", Long.class);
        departmentId = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept01'", Long.class);
    }

    @Test
    void a_suggestion_read_twice_in_a_transaction_is_read_once_and_a_write_of_it_is_seen_by_the_next_reader() {
        tx.executeWithoutResult(status -> {
            long id = newSuggestion();
            Suggestion first = reads.suggestion(id).orElseThrow();
            assertThat(reads.suggestion(id).orElseThrow()).isSameAs(first);

            timeline.insert(
                    id,
                    Instant.now(),
                    "staff1",
                    "staff",
                    TimelineAction.SUBMITTED,
                    null,
                    null,
                    null,
                    new GeneratedKey());
            assertThat(reads.suggestion(id).orElseThrow())
                    .as("another table's write keeps the read")
                    .isSameAs(first);

            suggestions.updateStatus(id, SuggestionStatus.ACCEPTED);
            assertThat(reads.suggestion(id).orElseThrow().status()).isEqualTo(SuggestionStatus.ACCEPTED);
            status.setRollbackOnly();
        });
    }

    @Test
    void a_locked_suggestion_is_what_the_readers_after_the_lock_get() {
        tx.executeWithoutResult(status -> {
            long id = newSuggestion();
            Suggestion locked = reads.lock(id).orElseThrow();
            assertThat(reads.suggestion(id).orElseThrow()).isSameAs(locked);
            suggestions.markRehandled(id);
            assertThat(reads.suggestion(id).orElseThrow().rehandled()).isTrue();
            status.setRollbackOnly();
        });
    }

    @Test
    void assignments_are_read_again_after_any_write_of_an_assignment() {
        tx.executeWithoutResult(status -> {
            long id = newSuggestion();
            assertThat(reads.assignmentsOf(id)).isEmpty();
            long assignmentId = newAssignment(id);
            List<Assignment> after = reads.assignmentsOf(id);
            assertThat(after).extracting(Assignment::id).containsExactly(assignmentId);
            assertThat(reads.assignment(assignmentId).orElseThrow().claimedBy()).isNull();

            assertThat(assignments.claim(assignmentId, "dept01-handler")).isEqualTo(1);
            assertThat(reads.assignment(assignmentId).orElseThrow().claimedBy()).isEqualTo("dept01-handler");
            assertThat(reads.assignmentsOf(id))
                    .singleElement()
                    .extracting(Assignment::claimedBy)
                    .isEqualTo("dept01-handler");
            status.setRollbackOnly();
        });
    }

    @Test
    void a_designation_as_key_is_seen_by_the_next_question_in_the_same_transaction() {
        tx.executeWithoutResult(status -> {
            long id = newSuggestion();
            assertThat(keySuggestions.supervisingLeader(id)).isEmpty();
            keyMapper.insert(id, "council1", null, "staff1", Instant.now(), null, new GeneratedKey());
            assertThat(keySuggestions.supervisingLeader(id)).contains("council1");
            status.setRollbackOnly();
        });
    }

    @Test
    void outside_a_transaction_and_after_a_rollback_every_read_goes_to_the_database() {
        long id = tx.execute(status -> newSuggestion());
        try {
            assertThat(reads.suggestion(id).orElseThrow())
                    .isNotSameAs(reads.suggestion(id).orElseThrow());

            tx.executeWithoutResult(status -> {
                reads.suggestion(id);
                suggestions.updateStatus(id, SuggestionStatus.ACCEPTED);
                assertThat(reads.suggestion(id).orElseThrow().status()).isEqualTo(SuggestionStatus.ACCEPTED);
                status.setRollbackOnly();
            });
            SuggestionStatus afterRollback =
                    tx.execute(status -> reads.suggestion(id).orElseThrow().status());
            assertThat(afterRollback).isEqualTo(SuggestionStatus.SUBMITTED);
        } finally {
            jdbc.update("DELETE FROM suggestion WHERE id = ?", id);
        }
    }

    @Test
    void a_transaction_inside_another_starts_without_the_outer_ones_reads_and_gives_them_back() {
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long id = tx.execute(status -> newSuggestion());
        try {
            tx.executeWithoutResult(status -> {
                Suggestion outer = reads.suggestion(id).orElseThrow();
                inner.executeWithoutResult(
                        s -> assertThat(reads.suggestion(id).orElseThrow()).isNotSameAs(outer));
                assertThat(reads.suggestion(id).orElseThrow()).isSameAs(outer);
            });
        } finally {
            jdbc.update("DELETE FROM suggestion WHERE id = ?", id);
        }
    }

    private long newSuggestion() {
        GeneratedKey key = new GeneratedKey();
        String number = "RD" + System.nanoTime() % 10_000_000_000L;
        suggestions.insert(
                number,
                "一次读取",
                "正文",
                "城建",
                Period.SESSION,
                SuggestionStatus.SUBMITTED,
                deputyId,
                false,
                false,
                Instant.now(),
                key);
        return key.value();
    }

    private long newAssignment(long suggestionId) {
        GeneratedKey key = new GeneratedKey();
        LocalDate today = LocalDate.now();
        assignments.insert(
                suggestionId,
                departmentId,
                AssignmentRole.LEAD,
                AssignmentState.HANDLING,
                Instant.now(),
                today.plusDays(7),
                today.plusMonths(1),
                today.plusMonths(3),
                key);
        return key.value();
    }
}
