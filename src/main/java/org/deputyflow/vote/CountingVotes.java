package org.deputyflow.vote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.Decision;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VoteResult;
import org.deputyflow.vote.domain.VoteRules;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.TallyMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.deputyflow.vote.process.VoteWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff close the ballot: the choices still held are counted, the tally rule decides, and what the
 * outcome obliges starts (a rectification report, a repeat vote, a flag for formal inquiry). The
 * result, readable once the vote is closed, compares the members who voted with the ballots counted.
 */
@Service
@Transactional(readOnly = true)
public class CountingVotes {

    private static final Logger log = LoggerFactory.getLogger(CountingVotes.class);

    private final VoteMapper votes;
    private final ElectorMapper electors;
    private final TallyMapper tallies;
    private final RectificationMapper rectifications;
    private final VoteWorkflow workflow;
    private final VoteRules rules;
    private final VoteAccess access;
    private final HeldBallots held;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditTrail audit;

    CountingVotes(
            VoteMapper votes,
            ElectorMapper electors,
            TallyMapper tallies,
            RectificationMapper rectifications,
            VoteWorkflow workflow,
            VoteProperties properties,
            VoteAccess access,
            HeldBallots held,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${deputyflow.zone:Asia/Shanghai}") ZoneId zone,
            AuditTrail audit) {
        this.votes = votes;
        this.electors = electors;
        this.tallies = tallies;
        this.rectifications = rectifications;
        this.workflow = workflow;
        this.rules = properties.rules();
        this.access = access;
        this.held = held;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
    }

    /**
     * Ends the ballot, counts the choices still held, applies the tally rule and starts what the outcome
     * obliges. The result compares the members who voted with the ballots counted.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public VoteResult close(long id, CurrentUser staff) {
        return held.exclusively(id, () -> transaction.execute(status -> closeAndCount(id, staff)));
    }

    private VoteResult closeAndCount(long id, CurrentUser staff) {
        Vote vote = access.lock(id);
        access.permissions(vote, staff).require(VoteAction.CLOSE);
        Tally remainder = held.release(id);
        if (remainder.cast() > 0) {
            tallies.add(id, remainder);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        held.restore(id, remainder);
                    }
                }
            });
        }
        Tally tally = tallies.find(id).orElseThrow();
        int voted = electors.countVoted(id);
        if (voted != tally.cast()) {
            log.warn(
                    "Vote {}: {} members voted but {} ballots were counted; held ballots were lost",
                    id,
                    voted,
                    tally.cast());
        }
        Decision decision = rules.tallyRule().decide(vote.electorateSize(), vote.presentCount(), tally);
        Consequence consequence = Consequence.of(decision.outcome(), repeatsAnUnsatisfiedVote(vote));
        Instant now = VoteAccess.now(clock);
        votes.close(id, decision.outcome(), decision.rule(), now);
        Instant overdueFrom = null;
        if (consequence == Consequence.RECTIFICATION_REPORT || consequence == Consequence.RECTIFY_AND_VOTE_AGAIN) {
            LocalDate due = rules.rectificationDue(LocalDate.ofInstant(now, zone));
            rectifications.insert(new Rectification(
                    id,
                    vote.departmentId(),
                    due,
                    RectificationStatus.DUE,
                    false,
                    consequence == Consequence.RECTIFY_AND_VOTE_AGAIN,
                    null,
                    null));
            overdueFrom = due.plusDays(1).atStartOfDay(zone).toInstant();
        }
        workflow.closed(id, decision.outcome(), consequence == Consequence.FORMAL_INQUIRY, overdueFrom);
        audit.record(
                "vote.close",
                "vote",
                id,
                AuditTrail.SUCCESS,
                Map.of("outcome", decision.outcome().name(), "voted", voted, "counted", tally.cast()));
        auditBallots(id, now);
        return result(access.vote(id));
    }

    /**
     * One line per member who voted, online or on paper: "voted in vote N", as the member, at the
     * close's time and in member-id order, so that no line tells when a member voted, in what order,
     * or how; the choices are only in the counters.
     */
    private void auditBallots(long id, Instant closedAt) {
        for (String login : electors.votedLoginsByMemberId(id)) {
            audit.recordAt(closedAt, "vote.ballot", login, "vote", id, AuditTrail.SUCCESS, Map.of("vote", id));
        }
    }

    public VoteResult result(long id, CurrentUser user) {
        Vote vote = access.visible(id, user);
        access.permissions(vote, user).require(VoteAction.VIEW_RESULT);
        return result(vote);
    }

    private VoteResult result(Vote vote) {
        Tally tally = tallies.find(vote.id()).orElseThrow();
        Decision decision = vote.rule().orElseThrow().decide(vote.electorateSize(), vote.presentCount(), tally);
        return new VoteResult(
                vote,
                tally,
                electors.countVoted(vote.id()),
                decision,
                Consequence.of(decision.outcome(), repeatsAnUnsatisfiedVote(vote)));
    }

    private boolean repeatsAnUnsatisfiedVote(Vote vote) {
        return vote.isFollowUp()
                && votes.findById(vote.previousVoteId())
                        .map(previous -> previous.outcome() == Outcome.UNSATISFIED)
                        .orElse(false);
    }
}
