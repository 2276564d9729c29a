package org.deputyflow.vote;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.deputyflow.vote.domain.Tally;
import org.springframework.stereotype.Component;

/**
 * Choices that have been cast but not yet added to a vote's counters. A member's ballot commits their
 * voted flag in a transaction of its own; the choice waits here and reaches the counters later, in a
 * write that adds a random draw of many ballots at once. So neither a transaction of the database's
 * log nor the order of its writes pairs a member with a choice.
 *
 * <p>Per vote this holds four numbers and nothing else: no member, no time, no order. It lives in
 * this node's memory: a restart while a vote is open loses the choices held for it (their members
 * stay marked as voted, so nobody votes twice and no ballot is counted twice), and the close reports
 * the difference. Two nodes would each hold their own choices and a close on one could not count the
 * other's: ballots of one vote must reach one node.
 */
@Component
class HeldBallots {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Map<Long, Tally> held = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final int batch;

    HeldBallots(VoteProperties properties) {
        this.batch = properties.ballotBatch();
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Runs {@code action} while no other ballot or close of the same vote runs on this node, so that a
     * choice whose voted flag has committed is held before the close can take what is held.
     */
    <T> T exclusively(long voteId, Supplier<T> action) {
        ReentrantLock lock = locks[Math.floorMod(Long.hashCode(voteId), STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /*
     * hold, release and waiting are called by one thread at a time per vote, within exclusively(); only a
     * failed close's restore may run later, and merge is atomic.
     */

    /**
     * Holds these ballots. Once twice the batch is waiting, returns all but one batch of them, drawn at
     * random, to be counted now; the batch left behind mixes with the next ballots, so that even the
     * ballots counted at the close are never fewer than a batch.
     */
    Optional<Tally> hold(long voteId, Tally ballots) {
        Tally waiting = held.getOrDefault(voteId, Tally.EMPTY).plus(ballots);
        if (waiting.cast() < 2 * batch) {
            held.put(voteId, waiting);
            return Optional.empty();
        }
        Tally due = waiting.draw(waiting.cast() - batch, random);
        held.put(voteId, waiting.minus(due));
        return Optional.of(due);
    }

    /** Gives back what is held for the vote, to be counted at its close. */
    Tally release(long voteId) {
        Tally waiting = held.remove(voteId);
        return waiting == null ? Tally.EMPTY : waiting;
    }

    /** Holds again what a close that did not commit had released. */
    void restore(long voteId, Tally ballots) {
        held.merge(voteId, ballots, Tally::plus);
    }

    /** How many choices wait for the vote: a number, never which. */
    int waiting(long voteId) {
        return held.getOrDefault(voteId, Tally.EMPTY).cast();
    }

    /** What a restart does to the vote's held choices. */
    void forget(long voteId) {
        held.remove(voteId);
    }

    int batch() {
        return batch;
    }
}
