package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.DomainException;
import org.deputyflow.shared.ForbiddenException;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.VoteAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy and the services agree: for votes in each state, every reader and every action, the
 * policy allows the action exactly when the service accepts it, and a refused attempt raises the
 * policy's reason with its status. Each attempt runs in a transaction that is rolled back, so every
 * attempt meets the vote in the same state.
 */
@DeputyFlowTest
class VotePolicyAgreementTests {

    static final String DEPARTMENT = "dept26";

    @Autowired
    VoteQueries votes;

    @Autowired
    OpeningVotes opening;

    @Autowired
    CastingBallots casting;

    @Autowired
    CountingVotes counting;

    @Autowired
    RectifyingDepartments rectifying;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlatformTransactionManager transactions;

    VoteScenario scenario;
    TransactionTemplate rolledBack;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
        rolledBack = new TransactionTemplate(transactions);
    }

    @Test
    void the_policy_allows_an_action_exactly_when_the_service_accepts_it() {
        Map<String, Long> states = new LinkedHashMap<>();
        states.put("preparing, nobody present", scenario.create("一致性测试", DEPARTMENT));

        long quorate = scenario.create("一致性测试", DEPARTMENT);
        scenario.attend(quorate, scenario.electorateSize(quorate));
        states.put("preparing, all present", quorate);

        long open = scenario.create("一致性测试", DEPARTMENT);
        List<Elector> electors = scenario.electors(open);
        scenario.attend(open, electors.size() - 1);
        opening.open(open, scenario.staff());
        casting.castBallot(open, scenario.user(electors.get(0).login()), Choice.SATISFIED);
        states.put("open", open);

        long satisfied = scenario.create("一致性测试", DEPARTMENT);
        scenario.runUnanimous(satisfied, Choice.SATISFIED);
        states.put("closed, nothing owed", satisfied);

        long due = scenario.create("一致性测试", DEPARTMENT);
        scenario.runUnanimous(due, Choice.BASICALLY_SATISFIED);
        states.put("closed, report due", due);

        long submitted = scenario.create("一致性测试", DEPARTMENT);
        scenario.runUnanimous(submitted, Choice.BASICALLY_SATISFIED);
        rectifying.submitReport(submitted, leader(), "整改情况报告", "已整改。");
        states.put("closed, report submitted", submitted);

        long accepted = scenario.create("一致性测试", DEPARTMENT);
        scenario.runUnanimous(accepted, Choice.BASICALLY_SATISFIED);
        rectifying.submitReport(accepted, leader(), "整改情况报告", "已整改。");
        rectifying.reviewReport(accepted, scenario.staff(), true, null, null);
        states.put("closed, report accepted", accepted);

        List<String> readers = new ArrayList<>(List.of("staff1", "council1", "admin", DEPARTMENT + "-leader"));
        readers.add(DEPARTMENT + "-handler");
        readers.add(electors.get(0).login()); // voted in the open vote
        readers.add(electors.get(1).login()); // present there, not voted
        readers.add(electors.get(electors.size() - 1).login()); // absent there

        List<String> disagreements = new ArrayList<>();
        Set<VoteAction> everAllowed = EnumSet.noneOf(VoteAction.class);
        for (var state : states.entrySet()) {
            long id = state.getValue();
            for (String login : readers) {
                CurrentUser reader = scenario.user(login);
                Permissions<VoteAction> permissions = votes.permissions(id, reader);
                for (VoteAction action : VoteAction.values()) {
                    String policy = describe(permissions.refusal(action).orElse(null));
                    String service = attempt(id, reader, action);
                    if (!policy.equals(service)) {
                        disagreements.add("%s, %s, %s: policy %s, service %s"
                                .formatted(state.getKey(), login, action, policy, service));
                    }
                    if (permissions.allows(action)) {
                        everAllowed.add(action);
                    }
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(everAllowed).containsExactlyInAnyOrder(VoteAction.values());
    }

    private CurrentUser leader() {
        return scenario.user(DEPARTMENT + "-leader");
    }

    /** What the service answers, in a transaction rolled back after it. */
    private String attempt(long id, CurrentUser reader, VoteAction action) {
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                perform(id, reader, action);
                return "allowed";
            } catch (ForbiddenException e) {
                return "403 " + e.code();
            } catch (ConflictException e) {
                return "409 " + e.code();
            } catch (DomainException e) {
                return "other " + e.getClass().getSimpleName() + " " + e.code();
            } catch (RuntimeException e) {
                // a service that skipped the policy's refusal and failed further on
                return "error " + e;
            }
        });
    }

    private void perform(long id, CurrentUser reader, VoteAction action) {
        switch (action) {
            case RECORD_ATTENDANCE -> opening.recordAttendance(id, reader, List.of());
            case OPEN -> opening.open(id, reader);
            case CAST_BALLOT -> casting.castBallot(id, reader, Choice.SATISFIED);
            case RECORD_PAPER_BALLOTS -> {
                List<Long> box = paperBox(id);
                casting.recordPaperBallots(id, reader, box, new Tally(box.size(), 0, 0, 0));
            }
            case CLOSE -> counting.close(id, reader);
            case VIEW_RESULT -> counting.result(id, reader);
            case SUBMIT_REPORT -> rectifying.submitReport(id, reader, "整改情况报告", "已整改。");
            case REVIEW_REPORT -> rectifying.reviewReport(id, reader, false, "请补充", null);
        }
    }

    /** Members present who have not voted, as many as a paper box needs; any members if too few are. */
    private List<Long> paperBox(long id) {
        List<Elector> electors = scenario.electors(id);
        List<Long> mayVote = electors.stream()
                .filter(e -> e.present() && !e.voted())
                .map(Elector::memberId)
                .toList();
        List<Long> pick = mayVote.size() >= casting.minPaperBatch()
                ? mayVote
                : electors.stream().map(Elector::memberId).toList();
        return pick.subList(0, casting.minPaperBatch());
    }

    private static String describe(Refusal refusal) {
        if (refusal == null) {
            return "allowed";
        }
        return (refusal.kind() == Refusal.Kind.FORBIDDEN ? "403 " : "409 ") + refusal.code();
    }
}
