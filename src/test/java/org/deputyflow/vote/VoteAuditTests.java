package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every vote operation is one audit line with its actor; a member's ballot is none when it is cast,
 * and "voted in vote N" at the close, with the close's time, in member-id order and without the choice.
 */
@DeputyFlowTest
class VoteAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

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

    VoteScenario scenario;
    AuditLines audit;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
        audit = new AuditLines(jdbc);
    }

    @Test
    void each_operation_of_a_vote_is_one_line_of_its_staff_member_and_a_refused_one_is_none() throws Exception {
        long mark = audit.mark();
        long id = json.readTree(perform("staff1", "/api/votes", """
                {"meetingDate": "2026-06-26", "title": "%s", "departmentId": %d, "reportTitle": "年度工作报告"}
                """.formatted(
                                        VoteScenario.unique("审计测试"), departmentId("dept24")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        assertThat(audit.exactlyOne(mark, "vote.create", "vote", id, "staff1", AuditTrail.SUCCESS)
                        .get("actor_roles"))
                .isEqualTo("STAFF");

        List<Elector> electors = scenario.electors(id);
        mark = audit.mark();
        perform(
                        "staff1",
                        "/api/votes/" + id + "/attendance",
                        json.writeValueAsString(Map.of(
                                "presentMemberIds",
                                electors.stream().map(Elector::memberId).toList())))
                .andExpect(status().isOk());
        assertThat(audit.exactlyOne(mark, "vote.attendance", "vote", id, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"present\":" + electors.size() + "}");

        mark = audit.mark();
        perform("staff1", "/api/votes/" + id + "/open", null).andExpect(status().isOk());
        audit.exactlyOne(mark, "vote.open", "vote", id, "staff1", AuditTrail.SUCCESS);

        mark = audit.mark();
        perform("staff1", "/api/votes/" + id + "/open", null).andExpect(status().isConflict());
        perform("staff1", "/api/votes/" + id + "/attendance", "{\"presentMemberIds\": []}")
                .andExpect(status().isConflict());
        assertThat(audit.since(mark, "vote", id)).isEmpty();

        List<Elector> paper = electors.subList(0, 3);
        mark = audit.mark();
        perform(
                        "staff1",
                        "/api/votes/" + id + "/paper-ballots",
                        json.writeValueAsString(Map.of(
                                "memberIds",
                                paper.stream().map(Elector::memberId).toList(),
                                "satisfied",
                                2,
                                "basicallySatisfied",
                                0,
                                "unsatisfied",
                                1,
                                "invalid",
                                0)))
                .andExpect(status().isNoContent());
        assertThat(audit.exactlyOne(mark, "vote.paper-count", "vote", id, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"basicallySatisfied\":0,\"invalid\":0,\"members\":3,\"satisfied\":2,\"unsatisfied\":1}");

        mark = audit.mark();
        perform("staff1", "/api/votes/" + id + "/close", null).andExpect(status().isOk());
        Map<String, Object> close = audit.exactlyOne(mark, "vote.close", "vote", id, "staff1", AuditTrail.SUCCESS);
        assertThat((String) close.get("details")).contains("\"voted\":3", "\"counted\":3");
        assertThat(audit.since(mark, "vote", id))
                .extracting(line -> line.get("action"))
                .containsExactly("vote.close", "vote.ballot", "vote.ballot", "vote.ballot");
    }

    @Test
    void a_ballot_leaves_no_line_when_cast_and_one_line_per_voter_at_the_close_in_member_order_without_choice()
            throws Exception {
        long id = scenario.create("审计测试：无记名", "dept24");
        List<Elector> present = scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());
        // cast from the highest member id down, so that member-id order is not the casting order
        List<Elector> voters = present.stream()
                .sorted(Comparator.comparingLong(Elector::memberId).reversed())
                .limit(6)
                .toList();
        Choice[] choices = {
            Choice.UNSATISFIED,
            Choice.SATISFIED,
            Choice.BASICALLY_SATISFIED,
            Choice.INVALID,
            Choice.SATISFIED,
            Choice.UNSATISFIED
        };
        long mark = audit.mark();
        for (int i = 0; i < voters.size(); i++) {
            mvc.perform(post("/api/votes/" + id + "/ballots")
                            .with(httpBasic(voters.get(i).login(), "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"choice\": \"" + choices[i] + "\"}"))
                    .andExpect(status().isNoContent());
            // nothing at cast time: no line of the vote, and no line of the member at all
            assertThat(audit.since(mark, "vote", id)).isEmpty();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND actor_login = ?",
                            Integer.class,
                            mark,
                            voters.get(i).login()))
                    .isZero();
        }

        perform("staff1", "/api/votes/" + id + "/close", null).andExpect(status().isOk());

        List<Map<String, Object>> ballots = audit.of("vote", id).stream()
                .filter(line -> "vote.ballot".equals(line.get("action")))
                .toList();
        List<String> byMemberId = voters.stream()
                .sorted(Comparator.comparingLong(Elector::memberId))
                .map(Elector::login)
                .toList();
        assertThat(ballots).extracting(line -> line.get("actor_login")).containsExactlyElementsOf(byMemberId);
        Timestamp closedAt = jdbc.queryForObject("SELECT closed_at FROM vote WHERE id = ?", Timestamp.class, id);
        assertThat(jdbc.queryForList(
                        "SELECT occurred_at FROM audit_event WHERE action = 'vote.ballot' "
                                + "AND record_type = 'vote' AND record_id = ?",
                        Timestamp.class,
                        String.valueOf(id)))
                .hasSize(voters.size())
                .allMatch(closedAt::equals);
        for (Map<String, Object> line : ballots) {
            // the vote and nothing else: no choice, no time of casting
            assertThat(line.get("details")).isEqualTo("{\"vote\":" + id + "}");
            assertThat(line.get("outcome")).isEqualTo(AuditTrail.SUCCESS);
            // the line is the member's, but not of the staff member's request that closed the vote
            assertThat(line.get("client_address")).isNull();
            assertThat(line.get("user_agent")).isNull();
        }
    }

    @Test
    void rectification_report_review_follow_up_and_inquiry_flag_are_lines_of_their_actors() throws Exception {
        long first = scenario.create("审计测试：整改", "dept24");
        scenario.runUnanimous(first, Choice.UNSATISFIED);

        long mark = audit.mark();
        perform(
                        "dept24-leader",
                        "/api/votes/" + first + "/rectification/reports",
                        "{\"title\": \"整改情况报告\", \"summary\": \"已逐项整改。\"}")
                .andExpect(status().isCreated());
        assertThat(audit.exactlyOne(mark, "vote.report-submit", "vote", first, "dept24-leader", AuditTrail.SUCCESS)
                        .get("details")
                        .toString())
                .contains("\"summaryLength\":6")
                .doesNotContain("已逐项整改");

        mark = audit.mark();
        perform(
                        "dept24-leader",
                        "/api/votes/" + first + "/rectification/reports",
                        "{\"title\": \"整改情况报告\", \"summary\": \"再交一次。\"}")
                .andExpect(status().isConflict());
        assertThat(audit.since(mark, "vote", first)).isEmpty();

        mark = audit.mark();
        long nextMeeting = TestMeetings.standingCommittee(jdbc, LocalDate.of(2026, 8, 28));
        perform(
                        "staff1",
                        "/api/votes/" + first + "/rectification/review",
                        "{\"accepted\": true, \"nextMeetingId\": " + nextMeeting + "}")
                .andExpect(status().isOk());
        audit.exactlyOne(mark, "vote.report-review", "vote", first, "staff1", AuditTrail.SUCCESS);
        long second = votes.details(first, scenario.user("staff1")).followUpVoteId();
        // the process sets up the repeat vote in the staff member's transaction
        assertThat(audit.exactlyOne(mark, "vote.follow-up", "vote", second, "staff1", AuditTrail.SUCCESS)
                        .get("details")
                        .toString())
                .contains("\"previousVote\":" + first);

        scenario.attend(second, scenario.electorateSize(second));
        opening.open(second, scenario.staff());
        scenario.cast(second, new org.deputyflow.vote.domain.Tally(0, 0, scenario.electorateSize(second), 0));
        mark = audit.mark();
        perform("staff1", "/api/votes/" + second + "/close", null).andExpect(status().isOk());
        audit.exactlyOne(mark, "vote.inquiry-flag", "vote", second, "staff1", AuditTrail.SUCCESS);
        audit.exactlyOne(mark, "vote.close", "vote", second, "staff1", AuditTrail.SUCCESS);
    }

    private ResultActions perform(String login, String path, String body) throws Exception {
        var request = post(path).with(httpBasic(login, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private long departmentId(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }
}
