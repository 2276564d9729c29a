package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteStatus;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.TallyMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.deputyflow.vote.process.VoteWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * What happens to held choices when a write fails: a batch that cannot be counted is lost, never
 * retried into a double count, and the ballots a failed close had taken are held again.
 */
class HeldBallotFailuresTests {

    static final long VOTE = 41;

    final VoteMapper votes = mock(VoteMapper.class);
    final ElectorMapper electors = mock(ElectorMapper.class);
    final TallyMapper tallies = mock(TallyMapper.class);
    final VoteWorkflow workflow = mock(VoteWorkflow.class);
    final HeldBallots held = new HeldBallots(
            new VoteProperties("1/2", ThresholdBase.ALL_MEMBERS, "1/2", "1/2", Period.ofMonths(3), 1, 3));
    CastingBallots casting;
    CountingVotes counting;

    @BeforeEach
    void setUp() {
        VoteProperties properties =
                new VoteProperties("1/2", ThresholdBase.ALL_MEMBERS, "1/2", "1/2", Period.ofMonths(3), 1, 3);
        VoteAccess access = new VoteAccess(votes, electors, mock(RectificationMapper.class), properties);
        NoDatabase database = new NoDatabase();
        casting = new CastingBallots(electors, tallies, access, held, properties, database, mock(AuditTrail.class));
        counting = new CountingVotes(
                votes,
                electors,
                tallies,
                mock(RectificationMapper.class),
                workflow,
                properties,
                access,
                held,
                database,
                Clock.fixed(Instant.parse("2026-06-26T02:00:00Z"), ZoneOffset.UTC),
                ZoneId.of("Asia/Shanghai"),
                mock(AuditTrail.class));
        Vote open = new Vote(
                VOTE,
                "测评",
                LocalDate.of(2026, 6, 26),
                2,
                "报告",
                1,
                null,
                VoteStatus.OPEN,
                3,
                3,
                null,
                null,
                null,
                null,
                9,
                Instant.EPOCH,
                Instant.EPOCH,
                null);
        when(votes.lockById(VOTE)).thenReturn(Optional.of(open));
        when(votes.findById(VOTE)).thenReturn(Optional.of(open));
        when(electors.find(eq(VOTE), anyLong()))
                .thenAnswer(call -> Optional.of(new Elector(VOTE, call.getArgument(1), "m", "组成人员", true, false)));
        when(electors.markVoted(eq(VOTE), anyLong())).thenReturn(1);
    }

    @Test
    void a_batch_that_cannot_be_counted_is_lost_once_and_the_ballots_stand() {
        when(tallies.add(eq(VOTE), any())).thenThrow(new DataAccessResourceFailureException("connection lost"));

        casting.castBallot(VOTE, member(1), Choice.SATISFIED);
        casting.castBallot(VOTE, member(2), Choice.UNSATISFIED);

        verify(electors).markVoted(VOTE, 1);
        verify(electors).markVoted(VOTE, 2);
        verify(tallies, times(1)).add(eq(VOTE), any());
        // the batch of one that was due is gone; the batch kept back still waits for the close
        assertThat(held.waiting(VOTE)).isEqualTo(1);
    }

    @Test
    void the_ballots_a_failed_close_had_taken_are_held_again() {
        casting.castBallot(VOTE, member(1), Choice.BASICALLY_SATISFIED);
        assertThat(held.waiting(VOTE)).isEqualTo(1);
        when(tallies.find(VOTE)).thenReturn(Optional.of(Tally.of(Choice.BASICALLY_SATISFIED)));
        when(electors.countVoted(VOTE)).thenReturn(1);
        doThrow(new IllegalStateException("engine unavailable"))
                .when(workflow)
                .closed(eq(VOTE), any(), eq(false), any());

        assertThatThrownBy(() -> counting.close(VOTE, staff())).hasMessage("engine unavailable");

        assertThat(held.waiting(VOTE)).isEqualTo(1);
    }

    private static CurrentUser staff() {
        return new CurrentUser(99, "staff", "工作人员", "x", Set.of(Role.STAFF), null, null, null, true);
    }

    private static CurrentUser member(long id) {
        return new CurrentUser(id, "member" + id, "组成人员", "x", Set.of(Role.MEMBER), null, null, null, true);
    }

    /** Transactions with synchronization and nothing behind them: commit and rollback only run callbacks. */
    static final class NoDatabase extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            // nothing to begin
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            // nothing to commit
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            // nothing to roll back
        }
    }
}
