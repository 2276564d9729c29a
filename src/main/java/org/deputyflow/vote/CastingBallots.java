package org.deputyflow.vote;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.persistence.BallotStatements;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.TallyMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' secret ballots, online or in a paper ballot box. A ballot commits the member's voted flag in
 * a transaction of its own and hands the choice to {@link HeldBallots}, which adds it to the counters
 * later, mixed with other ballots; it never touches the engine, and nothing about it is logged. A
 * member's ballot writes no audit line when it is cast, only "voted in vote N" at the close.
 */
@Service
@Transactional(readOnly = true)
public class CastingBallots {

    private static final Logger log = LoggerFactory.getLogger(CastingBallots.class);

    private final ElectorMapper electors;
    private final TallyMapper tallies;
    private final VoteAccess access;
    private final HeldBallots held;
    private final int minPaperBatch;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    CastingBallots(
            ElectorMapper electors,
            TallyMapper tallies,
            VoteAccess access,
            HeldBallots held,
            VoteProperties properties,
            PlatformTransactionManager transactions,
            AuditTrail audit) {
        this.electors = electors;
        this.tallies = tallies;
        this.access = access;
        this.held = held;
        this.minPaperBatch = properties.minPaperBatch();
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /*
     * A ballot runs outside any transaction of its caller (SUPPORTS: the controllers have none), so
     * that the voted flag commits on its own before the choice is held; a test that wraps a ballot in
     * its own transaction gets flag and choice committed or rolled back together.
     */

    /**
     * Takes one member's secret ballot: commits that they voted, then holds their choice until it is
     * counted with others. A choice lost after its flag committed (a restart) is never counted, and the
     * result says how many were lost; a member is never counted twice.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void castBallot(long id, CurrentUser member, Choice choice) {
        requireUnloggedBallots();
        held.exclusively(id, () -> {
            transaction.executeWithoutResult(status -> {
                Vote vote = access.lock(id);
                access.permissions(vote, member).require(VoteAction.CAST_BALLOT);
                if (electors.markVoted(id, member.id()) != 1) {
                    throw alreadyVoted(electors.find(id, member.id()).orElseThrow());
                }
            });
            hold(id, Tally.of(choice));
            return null;
        });
    }

    /**
     * Records a paper ballot box: the members who handed one in and the box's counts, with blank or
     * spoilt papers as invalid. The counts must add up to the members, and a box needs enough members
     * that its counts never tell one member's choice. Its counts are held like online ballots.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordPaperBallots(long id, CurrentUser staff, Collection<Long> memberIds, Tally counts) {
        requireUnloggedBallots();
        Set<Long> members = new LinkedHashSet<>(memberIds);
        if (members.size() < minPaperBatch) {
            throw new BadRequestException("memberIds", "error.vote.paper.tooFew", minPaperBatch);
        }
        if (counts.cast() != members.size()) {
            throw new BadRequestException("memberIds", "error.vote.paper.mismatch", members.size(), counts.cast());
        }
        held.exclusively(id, () -> {
            transaction.executeWithoutResult(status -> {
                Vote vote = access.lock(id);
                access.permissions(vote, staff).require(VoteAction.RECORD_PAPER_BALLOTS);
                access.requireElectors(id, members, "memberIds");
                for (long memberId : members) {
                    Elector elector = electors.find(id, memberId).orElseThrow();
                    requireMayVote(elector);
                    if (electors.markVoted(id, memberId) != 1) {
                        throw alreadyVoted(elector);
                    }
                }
                // a box's totals and how many handed it in; which member voted how is in no row
                audit.record(
                        "vote.paper-count",
                        "vote",
                        id,
                        AuditTrail.SUCCESS,
                        Map.of(
                                "members",
                                members.size(),
                                "satisfied",
                                counts.satisfied(),
                                "basicallySatisfied",
                                counts.basicallySatisfied(),
                                "unsatisfied",
                                counts.unsatisfied(),
                                "invalid",
                                counts.invalid()));
            });
            hold(id, counts);
            return null;
        });
    }

    /**
     * Holds ballots whose flags have committed and counts the batch that falls due, in one statement that
     * adds to the four counters, so that the write carries sums and no ballot's place in an order. A batch
     * whose write fails is lost rather than risk counting it twice; the close reports it.
     */
    private void hold(long id, Tally ballots) {
        held.hold(id, ballots).ifPresent(batch -> {
            try {
                transaction.executeWithoutResult(status -> tallies.add(id, batch));
            } catch (RuntimeException e) {
                log.warn(
                        "Vote {}: a batch of {} ballots could not be counted and is lost ({})",
                        id,
                        batch.cast(),
                        e.getClass().getSimpleName());
            }
        });
    }

    /** The fewest members a paper ballot box may be entered for. */
    public int minPaperBatch() {
        return minPaperBatch;
    }

    /** Refuses ballots, rather than record them beside who cast them, while their SQL is being logged. */
    private static void requireUnloggedBallots() {
        if (BallotStatements.areLogged()) {
            throw new ConflictException("error.vote.ballotsLogged");
        }
    }

    private static void requireMayVote(Elector elector) {
        if (!elector.present()) {
            throw new ConflictException("error.vote.notPresent", elector.displayName());
        }
        if (elector.voted()) {
            throw alreadyVoted(elector);
        }
    }

    private static ConflictException alreadyVoted(Elector elector) {
        return new ConflictException("error.vote.alreadyVoted", elector.displayName());
    }
}
