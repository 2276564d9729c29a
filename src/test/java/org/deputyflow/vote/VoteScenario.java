package org.deputyflow.vote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.VoteResult;

/**
 * Drives votes through the use cases the way staff and members would, for tests that need many
 * ballots. Every vote gets a unique title: the database is shared by all test classes.
 */
public final class VoteScenario {

    public static final LocalDate MEETING = LocalDate.of(2026, 6, 26);

    private final OpeningVotes opening;
    private final CastingBallots casting;
    private final CountingVotes counting;
    private final VoteQueries votes;
    private final DirectoryService directory;

    public VoteScenario(
            OpeningVotes opening,
            CastingBallots casting,
            CountingVotes counting,
            VoteQueries votes,
            DirectoryService directory) {
        this.opening = opening;
        this.casting = casting;
        this.counting = counting;
        this.votes = votes;
        this.directory = directory;
    }

    public static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public CurrentUser user(String login) {
        return directory.account(login).orElseThrow();
    }

    /** The staff member who runs the votes of these scenarios. */
    public CurrentUser staff() {
        return user("staff1");
    }

    public long create(String title, String departmentCode) {
        long departmentId =
                directory.departmentByCode(departmentCode).orElseThrow().id();
        return opening.create(NewVote.first(unique(title), MEETING, departmentId, "2025年度工作报告"), user("staff1"));
    }

    public List<Elector> electors(long id) {
        List<Elector> all = new ArrayList<>();
        int page = 0;
        Page<Elector> current;
        do {
            current = votes.electors(id, PageRequest.of(page++, PageRequest.MAX_SIZE));
            all.addAll(current.items());
        } while (all.size() < current.total());
        return all;
    }

    /** Marks the first {@code count} electors present. */
    public List<Elector> attend(long id, int count) {
        List<Elector> present = electors(id).subList(0, count);
        opening.recordAttendance(
                id, staff(), present.stream().map(Elector::memberId).toList());
        return present;
    }

    public int electorateSize(long id) {
        return electors(id).size();
    }

    /** Casts these ballots, each by a different present member who has not voted yet. */
    public void cast(long id, Tally ballots) {
        List<Choice> choices = new ArrayList<>();
        choices.addAll(Collections.nCopies(ballots.satisfied(), Choice.SATISFIED));
        choices.addAll(Collections.nCopies(ballots.basicallySatisfied(), Choice.BASICALLY_SATISFIED));
        choices.addAll(Collections.nCopies(ballots.unsatisfied(), Choice.UNSATISFIED));
        choices.addAll(Collections.nCopies(ballots.invalid(), Choice.INVALID));
        List<Elector> voters =
                electors(id).stream().filter(e -> e.present() && !e.voted()).toList();
        for (int i = 0; i < choices.size(); i++) {
            casting.castBallot(id, user(voters.get(i).login()), choices.get(i));
        }
    }

    /** Everyone present, these ballots cast, counted. */
    public VoteResult run(long id, Tally ballots) {
        attend(id, electorateSize(id));
        opening.open(id, staff());
        cast(id, ballots);
        return counting.close(id, staff());
    }

    /** Every member present and voting the same way. */
    public VoteResult runUnanimous(long id, Choice choice) {
        int n = electorateSize(id);
        return run(
                id,
                new Tally(
                        choice == Choice.SATISFIED ? n : 0,
                        choice == Choice.BASICALLY_SATISFIED ? n : 0,
                        choice == Choice.UNSATISFIED ? n : 0,
                        choice == Choice.INVALID ? n : 0));
    }
}
