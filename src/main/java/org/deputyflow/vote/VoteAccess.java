package org.deputyflow.vote;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.springframework.stereotype.Component;

/**
 * Who may see which vote: committee staff, council, members and admins every vote, a department its
 * own. A vote outside the caller's scope is "not found", so its existence is not revealed.
 */
@Component
class VoteAccess {

    private final VoteMapper votes;
    private final ElectorMapper electors;

    VoteAccess(VoteMapper votes, ElectorMapper electors) {
        this.votes = votes;
        this.electors = electors;
    }

    Vote vote(long id) {
        return votes.findById(id).orElseThrow(() -> NotFoundException.of("vote", id));
    }

    /** Reads and locks the vote: its changes take turns, and the later one sees the new state. */
    Vote lock(long id) {
        return votes.lockById(id).orElseThrow(() -> NotFoundException.of("vote", id));
    }

    Vote visible(long id, CurrentUser user) {
        return votes.findById(id)
                .filter(vote -> seesEveryVote(user) || Objects.equals(user.departmentId(), vote.departmentId()))
                .orElseThrow(() -> NotFoundException.of("vote", id));
    }

    static boolean seesEveryVote(CurrentUser user) {
        return user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.MEMBER, Role.ADMIN);
    }

    /** Refuses ids that are not in the vote's electorate, naming them. */
    void requireElectors(long id, Set<Long> memberIds, String field) {
        if (memberIds.isEmpty()) {
            return;
        }
        Set<Long> outside = new LinkedHashSet<>(memberIds);
        electors.findMemberIds(id, memberIds).forEach(outside::remove);
        if (!outside.isEmpty()) {
            throw new BadRequestException(field, "error.vote.notElectors", outside.toString());
        }
    }

    static Instant now(Clock clock) {
        // DATETIME columns keep whole seconds on MySQL: the same value must come back on H2
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
