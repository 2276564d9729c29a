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
import org.deputyflow.shared.Permissions;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VotePolicy;
import org.deputyflow.vote.domain.VoteReader;
import org.deputyflow.vote.domain.VoteRules;
import org.deputyflow.vote.domain.VoteStatus;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.springframework.stereotype.Component;

/**
 * Who may see which vote: committee staff, council, members and admins every vote, a department its
 * own. A vote outside the caller's scope is "not found", so its existence is not revealed. What a
 * reader may do with a vote they see is {@link VotePolicy}'s, fed here with what it asks.
 */
@Component
class VoteAccess {

    private final VoteMapper votes;
    private final ElectorMapper electors;
    private final RectificationMapper rectifications;
    private final VoteRules rules;

    VoteAccess(
            VoteMapper votes, ElectorMapper electors, RectificationMapper rectifications, VoteProperties properties) {
        this.votes = votes;
        this.electors = electors;
        this.rectifications = rectifications;
        this.rules = properties.rules();
    }

    /** What the user may do with the vote now, each refused action with its reason. */
    Permissions<VoteAction> permissions(Vote vote, CurrentUser user) {
        long id = vote.id();
        Attendance attendance =
                vote.status() == VoteStatus.PREPARING ? attendance(vote, electors.countPresent(id)) : null;
        Elector you = electors.find(id, user.id()).orElse(null);
        Rectification rectification =
                vote.status() == VoteStatus.CLOSED ? rectifications.find(id).orElse(null) : null;
        return new VotePolicy(
                        vote,
                        attendance,
                        you,
                        rectification,
                        rules.quorum().share().toString())
                .permissionsOf(new VoteReader(user.roles(), user.departmentId()));
    }

    Attendance attendance(Vote vote, int present) {
        return new Attendance(vote.electorateSize(), present, rules.quorum().smallestAttendance(vote.electorateSize()));
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
