package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.shared.persistence.RecordingDataSource;
import org.deputyflow.shared.persistence.RecordingDataSource.Transaction;
import org.deputyflow.shared.persistence.RecordingDataSource.Write;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What MySQL's binary log (or a backup rebuilt from it) shows of a vote: the rows of each committed
 * transaction, in commit order. A member's voted flag and the counters never share a transaction, the
 * counters only ever move by batches of many ballots, and a restart that loses held ballots shows up
 * in the result instead of passing silently.
 */
@DeputyFlowTest
class BallotMixingTests {

    static final List<Choice> TEN_BALLOTS = List.of(
            Choice.SATISFIED,
            Choice.UNSATISFIED,
            Choice.BASICALLY_SATISFIED,
            Choice.SATISFIED,
            Choice.INVALID,
            Choice.SATISFIED,
            Choice.UNSATISFIED,
            Choice.BASICALLY_SATISFIED,
            Choice.SATISFIED,
            Choice.SATISFIED);

    @Autowired
    MockMvc mvc;

    @Autowired
    VoteQueries votes;

    @Autowired
    OpeningVotes opening;

    @Autowired
    CastingBallots casting;

    @Autowired
    CountingVotes counting;

    @Autowired
    DirectoryService directory;

    @Autowired
    HeldBallots held;

    @Autowired
    JdbcTemplate jdbc;

    VoteScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    @Test
    void the_transactions_of_a_ten_member_vote_link_no_member_to_a_choice() throws Exception {
        int batch = held.batch();
        assertThat(2 * batch)
                .as("the vote must be large enough to count a batch before the close")
                .isLessThanOrEqualTo(TEN_BALLOTS.size());
        long id = openVote("日志保密性测试");
        List<Elector> voters = scenario.electors(id).subList(0, TEN_BALLOTS.size());

        RecordingDataSource.Recording recording = RecordingDataSource.record();
        List<Transaction> log;
        try {
            for (int i = 0; i < voters.size(); i++) {
                mvc.perform(post("/api/votes/" + id + "/ballots")
                                .with(httpBasic(voters.get(i).login(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"choice\": \"" + TEN_BALLOTS.get(i) + "\"}"))
                        .andExpect(status().isNoContent());
            }
            mvc.perform(post("/api/votes/" + id + "/close").with(httpBasic("staff1", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.membersVoted").value(10))
                    .andExpect(jsonPath("$.ballotsCast").value(10))
                    .andExpect(jsonPath("$.ballotsLost").value(0))
                    .andExpect(jsonPath("$.countComplete").value(true));
        } finally {
            log = recording.stop();
        }
        List<Transaction> vote = log.stream()
                .filter(transaction -> transaction.writes().stream()
                        .anyMatch(write -> write.parameters().contains(id)
                                && (write.table().equals("vote_elector")
                                        || write.table().equals("vote_tally"))))
                .toList();

        // no transaction holds both a member's flag and a count
        assertThat(vote)
                .noneMatch(transaction -> transaction.writes("vote_elector") && transaction.writes("vote_tally"));

        // each flag commits alone, naming one member and nothing of a choice, in the members' order
        List<Transaction> flags = vote.stream()
                .filter(transaction -> transaction.writes("vote_elector"))
                .toList();
        assertThat(flags).hasSize(10).allSatisfy(transaction -> {
            assertThat(transaction.writes()).hasSize(1);
            assertThat(transaction.writes().get(0).sql()).startsWith("UPDATE vote_elector SET voted = TRUE");
        });
        assertThat(flags.stream()
                        .map(transaction -> transaction.writes().get(0).parameters())
                        .toList())
                .containsExactlyElementsOf(voters.stream()
                        .map(voter -> List.<Object>of(id, voter.memberId()))
                        .toList());

        // the counters move by one aggregate row write per transaction, each of at least a batch of ballots
        List<Transaction> counts = vote.stream()
                .filter(transaction -> transaction.writes("vote_tally"))
                .toList();
        assertThat(counts).hasSizeGreaterThanOrEqualTo(2).allSatisfy(transaction -> {
            assertThat(transaction.writesTo("vote_tally")).hasSize(1);
            assertThat(added(transaction.writesTo("vote_tally").get(0)).cast()).isGreaterThanOrEqualTo(batch);
        });
        assertThat(counts.stream()
                        .map(transaction ->
                                added(transaction.writesTo("vote_tally").get(0)))
                        .reduce(Tally.EMPTY, Tally::plus))
                .isEqualTo(new Tally(5, 2, 2, 1));
        assertThat(counts.get(counts.size() - 1).writes("vote"))
                .as("the last count is the close's")
                .isTrue();

        // before the close, the ballots counted always trail the members who voted by at least a batch,
        // so no count can be pinned to exactly the members who had voted when it was written
        int voted = 0;
        int counted = 0;
        for (Transaction transaction : vote) {
            voted += transaction.writesTo("vote_elector").size();
            for (Write write : transaction.writesTo("vote_tally")) {
                counted += added(write).cast();
            }
            if (transaction.writes("vote_tally") && !transaction.writes("vote")) {
                assertThat(counted).as("counted after %d flags", voted).isLessThanOrEqualTo(voted - batch);
            }
        }
        assertThat(counted).isEqualTo(voted).isEqualTo(10);
    }

    @Test
    void a_restart_while_ballots_are_held_loses_them_and_the_result_says_so_without_counting_any_twice()
            throws Exception {
        int batch = held.batch();
        long id = openVote("重启丢票测试");
        List<Elector> electors = scenario.electors(id);
        int beforeRestart = 2 * batch + 1;
        for (Elector elector : electors.subList(0, beforeRestart)) {
            casting.castBallot(id, scenario.user(elector.login()), Choice.SATISFIED);
        }
        assertThat(tally(id)).as("one batch counted, the rest held").isEqualTo(new Tally(batch, 0, 0, 0));
        assertThat(held.waiting(id)).isEqualTo(batch + 1);

        held.forget(id);

        mvc.perform(post("/api/votes/" + id + "/ballots")
                        .with(httpBasic(electors.get(0).login(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\": \"UNSATISFIED\"}"))
                .andExpect(status().isConflict());
        for (Elector elector : electors.subList(beforeRestart, beforeRestart + 2)) {
            casting.castBallot(id, scenario.user(elector.login()), Choice.UNSATISFIED);
        }

        int voted = beforeRestart + 2;
        int lost = batch + 1;
        for (var request : List.of(post("/api/votes/" + id + "/close"), get("/api/votes/" + id + "/result"))) {
            mvc.perform(request.with(httpBasic("staff1", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.membersVoted").value(voted))
                    .andExpect(jsonPath("$.ballotsCast").value(voted - lost))
                    .andExpect(jsonPath("$.ballotsLost").value(lost))
                    .andExpect(jsonPath("$.countComplete").value(false))
                    .andExpect(jsonPath("$.satisfied").value(batch))
                    .andExpect(jsonPath("$.unsatisfied").value(2));
        }
        assertThat(tally(id)).isEqualTo(new Tally(batch, 0, 2, 0));
        assertThat(held.waiting(id)).isZero();

        String page = mvc.perform(get("/votes/" + id).with(user(scenario.user("staff1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "data-testid=\"vote-count-incomplete\"",
                        "已投票 " + voted + " 人，但只计入 " + (voted - lost) + " 张选票：" + lost + " 张选票");
    }

    @Test
    void a_complete_count_shows_no_warning_on_the_staff_page() throws Exception {
        long id = openVote("完整计票测试");
        scenario.cast(id, new Tally(3, 1, 1, 0));
        counting.close(id, scenario.staff());

        mvc.perform(get("/api/votes/" + id + "/result").with(httpBasic("council1", "demo")))
                .andExpect(jsonPath("$.membersVoted").value(5))
                .andExpect(jsonPath("$.ballotsLost").value(0))
                .andExpect(jsonPath("$.countComplete").value(true));
        String page = mvc.perform(get("/votes/" + id).with(user(scenario.user("staff1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("vote-count-incomplete").contains("data-testid=\"members-voted\">5<");
    }

    @Test
    void a_paper_ballot_box_of_fewer_members_than_the_minimum_is_refused_and_changes_nothing() throws Exception {
        long id = openVote("纸质选票人数下限测试");
        List<Elector> electors = scenario.electors(id);
        int minimum = casting.minPaperBatch();
        List<Long> tooFew =
                electors.subList(0, minimum - 1).stream().map(Elector::memberId).toList();

        mvc.perform(post("/api/votes/" + id + "/paper-ballots")
                        .with(httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(paper(tooFew, new Tally(tooFew.size(), 0, 0, 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.memberIds").value(containsString("至少须有 " + minimum + " 人")));
        assertThat(votes.details(id, scenario.user("staff1")).ballotsCast()).isZero();

        List<Long> enough =
                electors.subList(0, minimum).stream().map(Elector::memberId).toList();
        mvc.perform(post("/api/votes/" + id + "/paper-ballots")
                        .with(httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(paper(enough, new Tally(minimum - 1, 0, 1, 0))))
                .andExpect(status().isNoContent());
        assertThat(counting.close(id, scenario.staff()).tally()).isEqualTo(new Tally(minimum - 1, 0, 1, 0));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private long openVote(String title) {
        long id = scenario.create(title, "dept19");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());
        return id;
    }

    /** The counts an {@code UPDATE vote_tally SET x = x + ?, …} adds, in the mapper's order. */
    private static Tally added(Write write) {
        List<Object> p = write.parameters();
        return new Tally(
                ((Number) p.get(0)).intValue(),
                ((Number) p.get(1)).intValue(),
                ((Number) p.get(2)).intValue(),
                ((Number) p.get(3)).intValue());
    }

    private Tally tally(long id) {
        return jdbc.queryForObject(
                "SELECT satisfied_count, basically_satisfied_count, unsatisfied_count, invalid_count "
                        + "FROM vote_tally WHERE vote_id = ?",
                (rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                id);
    }

    private static String paper(List<Long> members, Tally counts) {
        List<String> ids = new ArrayList<>();
        members.forEach(member -> ids.add(String.valueOf(member)));
        return "{\"memberIds\": [" + String.join(", ", ids) + "], \"satisfied\": " + counts.satisfied()
                + ", \"basicallySatisfied\": " + counts.basicallySatisfied() + ", \"unsatisfied\": "
                + counts.unsatisfied() + ", \"invalid\": " + counts.invalid() + "}";
    }
}
