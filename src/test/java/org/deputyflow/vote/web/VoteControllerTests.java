package org.deputyflow.vote.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.RectifyingDepartments;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DeputyFlowTest
class VoteControllerTests {

    static final long UNKNOWN = 987_654_321L;

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
    RectifyingDepartments rectifying;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    VoteScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    // ---- creating --------------------------------------------------------------------------------

    @Test
    void staff_set_up_a_vote_whose_electorate_is_every_active_committee_member() throws Exception {
        String title = VoteScenario.unique("对市交通运输局2025年度工作的满意度测评");
        Integer activeMembers = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user u WHERE u.active = TRUE AND EXISTS "
                        + "(SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MEMBER')",
                Integer.class);

        perform(post("/api/votes"), "staff1", """
                {"meetingDate": "2026-06-26", "title": "%s", "departmentId": %d, "reportTitle": "关于2025年度工作情况的报告"}
                """.formatted(title, departmentId("dept01")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/votes/\\d+")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.departmentName").value("市交通运输局"))
                .andExpect(jsonPath("$.status").value("PREPARING"))
                .andExpect(jsonPath("$.round").value(1))
                .andExpect(jsonPath("$.electorateSize").value(activeMembers))
                .andExpect(jsonPath("$.ballotsCast").value(0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"测评\", \"departmentId\": 1, \"reportTitle\": \"报告\"}",
                "{\"meetingDate\": \"2026-06-26\", \"title\": \"  \", \"departmentId\": 1, \"reportTitle\": \"报告\"}",
                "{\"meetingDate\": \"2026-06-26\", \"title\": \"测评\", \"reportTitle\": \"报告\"}",
                "{\"meetingDate\": \"2026-06-26\", \"title\": \"测评\", \"departmentId\": 1}",
                "{\"meetingDate\": \"26.06.2026\", \"title\": \"测评\", \"departmentId\": 1, \"reportTitle\": \"报告\"}",
                "{\"meetingDate\": \"2026-06-26\", \"title\": \"测评\", \"departmentId\": \"一\", \"reportTitle\": \"报告\"}",
                "{\"meetingDate\": \"2026-06-26\", \"title\": \"测评\"",
                ""
            })
    void a_vote_with_missing_or_malformed_fields_is_a_400_problem(String body) throws Exception {
        perform(post("/api/votes"), "staff1", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void a_title_too_long_or_an_unknown_department_names_the_field() throws Exception {
        perform(post("/api/votes"), "staff1", """
                {"meetingDate": "2026-06-26", "title": "%s", "departmentId": 1, "reportTitle": "报告"}
                """.formatted("长".repeat(151)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("测评事项名称不能超过 150 字"));
        perform(post("/api/votes"), "staff1", """
                {"meetingDate": "2026-06-26", "title": "测评", "departmentId": %d, "reportTitle": "报告"}
                """.formatted(UNKNOWN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.departmentId").value(containsString("不存在")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"member01", "council1", "dept01-leader", "deputy001", "admin"})
    void only_staff_set_up_votes(String login) throws Exception {
        perform(post("/api/votes"), login, """
                {"meetingDate": "2026-06-26", "title": "测评", "departmentId": 1, "reportTitle": "报告"}""")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anonymous_callers_get_401() throws Exception {
        mvc.perform(get("/api/votes")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/votes/1/ballots")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    // ---- reading -----------------------------------------------------------------------------------

    @Test
    void votes_are_listed_in_pages_and_filtered_by_status_and_department() throws Exception {
        long closed = scenario.create("列表测试：已计票", "dept05");
        scenario.runUnanimous(closed, Choice.SATISFIED);
        long preparing = scenario.create("列表测试：筹备中", "dept05");
        long department = departmentId("dept05");

        perform(
                        get("/api/votes")
                                .param("departmentId", String.valueOf(department))
                                .param("status", "CLOSED")
                                .param("size", "200"),
                        "council1",
                        null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) closed)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) preparing))))
                .andExpect(jsonPath("$.items[*].status", everyItem(org.hamcrest.Matchers.is("CLOSED"))))
                .andExpect(jsonPath("$.items[*].departmentName", everyItem(org.hamcrest.Matchers.is("市经济和信息化局"))))
                .andExpect(jsonPath("$.total").isNumber());
        perform(get("/api/votes").param("size", "1"), "member01", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void a_department_sees_only_its_own_votes() throws Exception {
        long own = scenario.create("单位可见性测试", "dept03");
        long other = scenario.create("单位可见性测试", "dept04");

        perform(get("/api/votes").param("size", "200"), "dept03-handler", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) own)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) other))))
                .andExpect(jsonPath(
                        "$.items[*].departmentId", everyItem(org.hamcrest.Matchers.is((int) departmentId("dept03")))));
        perform(get("/api/votes/" + own), "dept03-leader", null).andExpect(status().isOk());
        perform(get("/api/votes/" + other), "dept03-leader", null).andExpect(status().isNotFound());
    }

    @Test
    void deputies_have_no_access_to_votes_and_bad_parameters_are_400() throws Exception {
        perform(get("/api/votes"), "deputy001", null).andExpect(status().isForbidden());
        perform(get("/api/votes").param("status", "FINISHED"), "staff1", null).andExpect(status().isBadRequest());
        perform(get("/api/votes").param("size", "0"), "staff1", null).andExpect(status().isBadRequest());
        perform(get("/api/votes/abc"), "staff1", null).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/result", "/rectification", "/rectification/reports", "/electors"})
    void an_unknown_vote_is_404(String path) throws Exception {
        perform(get("/api/votes/" + UNKNOWN + path), "staff1", null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("不存在")));
    }

    @Test
    void actions_on_an_unknown_vote_are_404() throws Exception {
        perform(post("/api/votes/" + UNKNOWN + "/attendance"), "staff1", "{\"presentMemberIds\": []}")
                .andExpect(status().isNotFound());
        perform(post("/api/votes/" + UNKNOWN + "/open"), "staff1", null).andExpect(status().isNotFound());
        perform(post("/api/votes/" + UNKNOWN + "/close"), "staff1", null).andExpect(status().isNotFound());
        perform(post("/api/votes/" + UNKNOWN + "/ballots"), "member01", "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isNotFound());
        perform(post("/api/votes/" + UNKNOWN + "/paper-ballots"), "staff1", """
                {"memberIds": [1, 2, 3], "satisfied": 3, "basicallySatisfied": 0, "unsatisfied": 0, "invalid": 0}""").andExpect(status().isNotFound());
        perform(post("/api/votes/" + UNKNOWN + "/rectification/review"), "staff1", "{\"accepted\": true}")
                .andExpect(status().isNotFound());
        perform(
                        post("/api/votes/" + UNKNOWN + "/rectification/reports"),
                        "dept01-leader",
                        "{\"title\": \"报告\", \"summary\": \"内容\"}")
                .andExpect(status().isNotFound());
    }

    // ---- attendance and opening ----------------------------------------------------------------

    @Test
    void attendance_is_recorded_until_the_vote_opens_and_opening_needs_a_quorum() throws Exception {
        long id = scenario.create("出席与法定人数测试", "dept10");
        List<Elector> electors = scenario.electors(id);
        int n = electors.size();
        int half = n / 2;

        perform(post("/api/votes/" + id + "/attendance"), "staff1", attendance(electors.subList(0, half)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.electorateSize").value(n))
                .andExpect(jsonPath("$.present").value(half))
                .andExpect(jsonPath("$.quorumNeeded").value(n / 2 + 1))
                .andExpect(jsonPath("$.quorate").value(false));
        perform(post("/api/votes/" + id + "/open"), "staff1", null)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("不足法定人数")));

        perform(post("/api/votes/" + id + "/attendance"), "staff1", attendance(electors.subList(0, half + 1)))
                .andExpect(jsonPath("$.quorate").value(true));
        perform(post("/api/votes/" + id + "/open"), "staff1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.presentCount").value(half + 1));

        perform(post("/api/votes/" + id + "/attendance"), "staff1", attendance(electors))
                .andExpect(status().isConflict());
        perform(post("/api/votes/" + id + "/open"), "staff1", null).andExpect(status().isConflict());
    }

    @Test
    void attendance_names_only_members_of_the_electorate() throws Exception {
        long id = scenario.create("出席名单校验测试", "dept10");
        long staffId = directory.account("staff1").orElseThrow().id();

        perform(post("/api/votes/" + id + "/attendance"), "staff1", "{\"presentMemberIds\": [" + staffId + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.presentMemberIds").value(containsString(String.valueOf(staffId))));
        perform(post("/api/votes/" + id + "/attendance"), "staff1", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.presentMemberIds").isNotEmpty());
        perform(post("/api/votes/" + id + "/attendance"), "staff1", "{\"presentMemberIds\": [null]}")
                .andExpect(status().isBadRequest());
        perform(post("/api/votes/" + id + "/attendance"), "member01", "{\"presentMemberIds\": []}")
                .andExpect(status().isForbidden());
        perform(post("/api/votes/" + id + "/open"), "council1", null).andExpect(status().isForbidden());
    }

    // ---- ballots -----------------------------------------------------------------------------------

    @Test
    void a_vote_lists_what_its_reader_may_do_with_it_now() throws Exception {
        long id = scenario.create("可用操作测试", "dept12");
        List<Elector> electors = scenario.electors(id);
        scenario.attend(id, electors.size());
        String member = electors.get(0).login();

        perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.allowedActions", contains("RECORD_ATTENDANCE", "OPEN")));
        perform(get("/api/votes/" + id), member, null).andExpect(jsonPath("$.allowedActions", empty()));

        opening.open(id, scenario.staff());
        perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.allowedActions", contains("RECORD_PAPER_BALLOTS", "CLOSE")));
        perform(get("/api/votes/" + id), member, null).andExpect(jsonPath("$.allowedActions", contains("CAST_BALLOT")));
        perform(get("/api/votes/" + id), "dept12-leader", null).andExpect(jsonPath("$.allowedActions", empty()));

        perform(post("/api/votes/" + id + "/ballots"), member, "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isNoContent());
        perform(get("/api/votes/" + id), member, null).andExpect(jsonPath("$.allowedActions", empty()));

        // one satisfied ballot of all members: unsatisfied, and the department owes a report
        counting.close(id, scenario.staff());
        perform(get("/api/votes/" + id), member, null).andExpect(jsonPath("$.allowedActions", contains("VIEW_RESULT")));
        perform(get("/api/votes/" + id), "dept12-leader", null)
                .andExpect(jsonPath("$.allowedActions", contains("VIEW_RESULT", "SUBMIT_REPORT")));
    }

    @Test
    void a_present_member_votes_once_and_a_second_ballot_is_409() throws Exception {
        long id = scenario.create("投票测试", "dept11");
        List<Elector> electors = scenario.electors(id);
        scenario.attend(id, electors.size());
        String member = electors.get(0).login();

        perform(post("/api/votes/" + id + "/ballots"), member, "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("尚未开始投票")));
        opening.open(id, scenario.staff());

        perform(post("/api/votes/" + id + "/ballots"), member, "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isNoContent());
        perform(post("/api/votes/" + id + "/ballots"), member, "{\"choice\": \"UNSATISFIED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已经投过票")));
        perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.ballotsCast").value(1));

        counting.close(id, scenario.staff());
        perform(post("/api/votes/" + id + "/ballots"), electors.get(1).login(), "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isConflict());
        perform(get("/api/votes/" + id + "/result"), "member01", null)
                .andExpect(jsonPath("$.ballotsCast").value(1))
                .andExpect(jsonPath("$.satisfied").value(1))
                .andExpect(jsonPath("$.unsatisfied").value(0));
    }

    @Test
    void an_absent_member_cannot_vote() throws Exception {
        long id = scenario.create("缺席人员投票测试", "dept11");
        List<Elector> electors = scenario.electors(id);
        List<Elector> present = scenario.attend(id, electors.size() - 1);
        opening.open(id, scenario.staff());
        Elector absent = electors.get(electors.size() - 1);

        perform(post("/api/votes/" + id + "/ballots"), absent.login(), "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("未登记出席")));
        perform(get("/api/votes/" + id), absent.login(), null)
                .andExpect(jsonPath("$.you.present").value(false))
                .andExpect(jsonPath("$.you.voted").value(false));
        perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.ballotsCast").value(0));
        perform(get("/api/votes/" + id), present.get(0).login(), null)
                .andExpect(jsonPath("$.you.present").value(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff1", "council1", "admin", "dept01-leader", "deputy001"})
    void only_members_cast_ballots(String login) throws Exception {
        long id = scenario.create("非组成人员投票测试", "dept12");
        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());

        perform(post("/api/votes/" + id + "/ballots"), login, "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isForbidden());
        perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.ballotsCast").value(0));
    }

    @Test
    void anything_but_the_three_grades_is_counted_as_an_invalid_ballot() throws Exception {
        long id = scenario.create("无效票测试", "dept12");
        List<Elector> electors = scenario.electors(id);
        scenario.attend(id, electors.size());
        opening.open(id, scenario.staff());
        List<String> invalidBallots = List.of(
                "{\"choice\": \"ABSTAIN\"}",
                "{\"choice\": \"INVALID\"}",
                "{\"choice\": \"\"}",
                "{\"choice\": null}",
                "{}",
                "{\"choice\": [\"SATISFIED\", \"UNSATISFIED\"]}",
                "{\"choice\": \"satisfied\"}",
                "{\"choice\": 1}");
        for (int i = 0; i < invalidBallots.size(); i++) {
            perform(post("/api/votes/" + id + "/ballots"), electors.get(i).login(), invalidBallots.get(i))
                    .andExpect(status().isNoContent());
        }
        // a request that is not a ballot at all is refused, and its sender may still vote
        String last = electors.get(invalidBallots.size()).login();
        perform(post("/api/votes/" + id + "/ballots"), last, "{\"choice\": ").andExpect(status().isBadRequest());
        perform(post("/api/votes/" + id + "/ballots"), last, "\"SATISFIED\"").andExpect(status().isBadRequest());
        perform(post("/api/votes/" + id + "/ballots"), last, "{\"choice\": \"BASICALLY_SATISFIED\"}")
                .andExpect(status().isNoContent());

        perform(post("/api/votes/" + id + "/close"), "staff1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invalid").value(invalidBallots.size()))
                .andExpect(jsonPath("$.basicallySatisfied").value(1))
                .andExpect(jsonPath("$.ballotsCast").value(invalidBallots.size() + 1));
    }

    @Test
    void staff_record_a_paper_ballot_box_with_its_members_and_counts() throws Exception {
        long id = scenario.create("纸质选票测试", "dept13");
        List<Elector> electors = scenario.electors(id);
        scenario.attend(id, electors.size());
        String paper = """
                {"memberIds": [%d, %d, %d], "satisfied": 1, "basicallySatisfied": 0, "unsatisfied": 1, "invalid": 1}""".formatted(
                        electors.get(0).memberId(),
                        electors.get(1).memberId(),
                        electors.get(2).memberId());

        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", paper).andExpect(status().isConflict());
        opening.open(id, scenario.staff());
        perform(post("/api/votes/" + id + "/paper-ballots"), "member05", paper).andExpect(status().isForbidden());
        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", """
                {"memberIds": [%d, %d, %d], "satisfied": 1, "basicallySatisfied": 1, "unsatisfied": 0, "invalid": 0}""".formatted(
                                electors.get(3).memberId(),
                                electors.get(4).memberId(),
                                electors.get(5).memberId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.memberIds").value(containsString("不符")));
        // a box of two would tell each member's choice whenever both voted alike
        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", """
                {"memberIds": [%d, %d], "satisfied": 1, "basicallySatisfied": 1, "unsatisfied": 0, "invalid": 0}""".formatted(
                                electors.get(3).memberId(), electors.get(4).memberId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.memberIds").value(containsString("至少须有 3 人")));
        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", """
                {"memberIds": [%d], "satisfied": -1, "basicallySatisfied": 2, "unsatisfied": 0, "invalid": 0}""".formatted(
                                electors.get(3).memberId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.satisfied").isNotEmpty());
        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", paper).andExpect(status().isNoContent());
        // the same members cannot vote again, on paper or online
        perform(post("/api/votes/" + id + "/paper-ballots"), "staff1", paper).andExpect(status().isConflict());
        perform(post("/api/votes/" + id + "/ballots"), electors.get(0).login(), "{\"choice\": \"SATISFIED\"}")
                .andExpect(status().isConflict());

        perform(post("/api/votes/" + id + "/close"), "staff1", null)
                .andExpect(jsonPath("$.ballotsCast").value(3))
                .andExpect(jsonPath("$.membersVoted").value(3))
                .andExpect(jsonPath("$.ballotsLost").value(0))
                .andExpect(jsonPath("$.satisfied").value(1))
                .andExpect(jsonPath("$.unsatisfied").value(1))
                .andExpect(jsonPath("$.invalid").value(1));
    }

    // ---- closing and results -------------------------------------------------------------------

    @Test
    void counts_stay_hidden_until_the_vote_is_closed_and_the_result_names_its_rule() throws Exception {
        long id = scenario.create("计票与结果测试", "dept14");
        perform(post("/api/votes/" + id + "/close"), "staff1", null).andExpect(status().isConflict());
        int n = scenario.electorateSize(id);
        scenario.attend(id, n);
        opening.open(id, scenario.staff());
        int half = n / 2;
        scenario.cast(id, new Tally(half, 1, n - half - 2, 1));

        perform(get("/api/votes/" + id + "/result"), "staff1", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("正在投票")));
        perform(get("/api/votes/" + id + "/result"), "admin", null).andExpect(status().isConflict());
        perform(post("/api/votes/" + id + "/close"), "member01", null).andExpect(status().isForbidden());

        perform(post("/api/votes/" + id + "/close"), "staff1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("BASICALLY_SATISFIED"));
        perform(get("/api/votes/" + id + "/result"), "dept14-handler", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.electorateSize").value(n))
                .andExpect(jsonPath("$.present").value(n))
                .andExpect(jsonPath("$.ballotsCast").value(n))
                .andExpect(jsonPath("$.satisfied").value(half))
                .andExpect(jsonPath("$.basicallySatisfied").value(1))
                .andExpect(jsonPath("$.unsatisfied").value(n - half - 2))
                .andExpect(jsonPath("$.invalid").value(1))
                .andExpect(jsonPath("$.outcome").value("BASICALLY_SATISFIED"))
                .andExpect(jsonPath("$.outcomeLabel").value("基本满意"))
                .andExpect(jsonPath("$.consequence").value("RECTIFICATION_REPORT"))
                .andExpect(jsonPath("$.rule.base").value("ALL_MEMBERS"))
                .andExpect(jsonPath("$.rule.baseSize").value(n))
                .andExpect(jsonPath("$.rule.satisfiedShare").value("1/2"))
                .andExpect(jsonPath("$.rule.basicallySatisfiedShare").value("1/2"))
                .andExpect(jsonPath("$.rule.satisfiedNeeded").value(n / 2 + 1))
                .andExpect(jsonPath("$.rule.description").value(containsString("结果为基本满意")));
        perform(get("/api/votes/" + id + "/result"), "deputy001", null).andExpect(status().isForbidden());
        perform(post("/api/votes/" + id + "/close"), "staff1", null).andExpect(status().isConflict());
        perform(get("/api/votes/" + id + "/electors"), "member01", null).andExpect(status().isForbidden());
        perform(get("/api/votes/" + id + "/electors").param("size", "5"), "staff1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[0].voted").value(true))
                .andExpect(jsonPath("$.total").value(n));
    }

    // ---- rectification and inquiry -------------------------------------------------------------

    @Test
    void the_departments_leader_reports_and_staff_return_or_accept() throws Exception {
        long id = scenario.create("整改报告测试", "dept15");
        perform(get("/api/votes/" + id + "/rectification"), "staff1", null).andExpect(status().isNotFound());
        scenario.runUnanimous(id, Choice.BASICALLY_SATISFIED);
        String report = "{\"title\": \"市商务委员会整改情况报告\", \"summary\": \"已逐项整改。\"}";

        perform(get("/api/votes/" + id + "/rectification"), "dept15-handler", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUE"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.followUpRequired").value(false))
                .andExpect(jsonPath("$.dueDate").isNotEmpty());
        perform(get("/api/votes/" + id + "/rectification"), "dept16-leader", null)
                .andExpect(status().isNotFound());
        perform(post("/api/votes/" + id + "/rectification/reports"), "dept16-leader", report)
                .andExpect(status().isNotFound());
        perform(post("/api/votes/" + id + "/rectification/reports"), "dept15-handler", report)
                .andExpect(status().isForbidden());
        perform(post("/api/votes/" + id + "/rectification/reports"), "dept15-leader", "{\"title\": \"报告\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.summary").isNotEmpty());
        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{\"accepted\": true}")
                .andExpect(status().isConflict());

        perform(post("/api/votes/" + id + "/rectification/reports"), "dept15-leader", report)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("市商务委员会整改情况报告"))
                .andExpect(jsonPath("$.id").isNumber());
        perform(post("/api/votes/" + id + "/rectification/reports"), "dept15-leader", report)
                .andExpect(status().isConflict());

        perform(post("/api/votes/" + id + "/rectification/review"), "dept15-leader", "{\"accepted\": true}")
                .andExpect(status().isForbidden());
        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{\"accepted\": false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").isNotEmpty());
        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{}")
                .andExpect(status().isBadRequest());
        long meeting = TestMeetings.standingCommittee(jdbc, LocalDate.of(2026, 8, 28));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": true, \"nextMeetingId\": " + meeting + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nextMeetingId").value(containsString("不需要再次测评")));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": false, \"comment\": \"请补充整改时限\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUE"));

        perform(post("/api/votes/" + id + "/rectification/reports"), "dept15-leader", report)
                .andExpect(status().isCreated());
        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{\"accepted\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{\"accepted\": true}")
                .andExpect(status().isConflict());

        perform(get("/api/votes/" + id + "/rectification/reports"), "council1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].decision").value("RETURNED"))
                .andExpect(jsonPath("$.items[0].comment").value("请补充整改时限"))
                .andExpect(jsonPath("$.items[1].decision").value("ACCEPTED"));
    }

    @Test
    void accepting_an_unsatisfied_departments_report_names_the_meeting_of_its_repeat_vote() throws Exception {
        long id = scenario.create("再次测评测试", "dept17");
        scenario.runUnanimous(id, Choice.UNSATISFIED);
        perform(
                        post("/api/votes/" + id + "/rectification/reports"),
                        "dept17-leader",
                        "{\"title\": \"市文化和旅游局整改情况报告\", \"summary\": \"已整改。\"}")
                .andExpect(status().isCreated());

        perform(post("/api/votes/" + id + "/rectification/review"), "staff1", "{\"accepted\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nextMeetingId").value(containsString("常委会会议")));
        long before = TestMeetings.standingCommittee(jdbc, VoteScenario.MEETING);
        long council = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2026, 8, 20));
        long next = TestMeetings.standingCommittee(jdbc, LocalDate.of(2026, 8, 28));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": true, \"nextMeetingId\": " + before + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.meeting.notAfter"))
                .andExpect(jsonPath("$.errors.nextMeetingId").value(containsString("须晚于 2026-06-26")));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": true, \"nextMeetingId\": " + council + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.meeting.wrongKind"));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": true, \"nextMeetingId\": 99999999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.meeting.unknown"));
        perform(get("/api/votes/" + id + "/rectification"), "staff1", null)
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        perform(
                        post("/api/votes/" + id + "/rectification/review"),
                        "staff1",
                        "{\"accepted\": true, \"nextMeetingId\": " + next + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextMeetingId").value(next))
                .andExpect(jsonPath("$.nextMeetingDate").value("2026-08-28"));
        perform(get("/api/meetings/" + next + "/decisions"), "staff1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].kind").value("REPEAT_VOTE"))
                .andExpect(jsonPath("$.decisions[0].link").value("/votes/" + id));
        perform(
                        put("/api/meetings/" + next),
                        "staff1",
                        "{\"kind\": \"STANDING_COMMITTEE\", \"number\": \"改期\", \"heldOn\": \"2026-09-01\"}")
                .andExpect(status().isConflict());

        String body = perform(get("/api/votes/" + id), "staff1", null)
                .andExpect(jsonPath("$.followUpVoteId").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long followUp = ((Number) JsonPath.read(body, "$.followUpVoteId")).longValue();
        perform(get("/api/votes/" + followUp), "staff1", null)
                .andExpect(jsonPath("$.previousVoteId").value(id))
                .andExpect(jsonPath("$.round").value(2))
                .andExpect(jsonPath("$.meetingDate").value("2026-08-28"))
                .andExpect(jsonPath("$.reportTitle").value("市文化和旅游局整改情况报告"))
                .andExpect(jsonPath("$.status").value("PREPARING"));
    }

    @Test
    void staff_and_council_see_the_departments_flagged_for_inquiry() throws Exception {
        long first = scenario.create("质询测试", "dept18");
        scenario.runUnanimous(first, Choice.UNSATISFIED);
        long department = departmentId("dept18");
        rectifying.submitReport(first, scenario.user("dept18-leader"), "整改情况报告", "已整改。");
        rectifying.reviewReport(
                first,
                scenario.user("staff1"),
                true,
                null,
                TestMeetings.standingCommittee(jdbc, VoteScenario.MEETING.plusMonths(2)));
        long second = votes.details(first, scenario.user("staff1")).followUpVoteId();
        scenario.runUnanimous(second, Choice.UNSATISFIED);

        for (String login : List.of("staff1", "council1")) {
            perform(get("/api/votes/inquiries").param("departmentId", String.valueOf(department)), login, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].voteId").value(second))
                    .andExpect(jsonPath("$.items[0].firstVoteId").value(first))
                    .andExpect(jsonPath("$.items[0].departmentName").value("市卫生健康委员会"))
                    .andExpect(jsonPath("$.items[0].flaggedAt").isNotEmpty());
        }
        for (String login : List.of("member01", "dept18-leader", "deputy001")) {
            perform(get("/api/votes/inquiries"), login, null).andExpect(status().isForbidden());
        }
        perform(get("/api/votes/" + second + "/result"), "council1", null)
                .andExpect(jsonPath("$.consequence").value("FORMAL_INQUIRY"));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private ResultActions perform(MockHttpServletRequestBuilder request, String login, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as(login)));
    }

    private static RequestPostProcessor as(String login) {
        return httpBasic(login, "demo");
    }

    private long departmentId(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }

    private static String attendance(List<Elector> present) {
        return "{\"presentMemberIds\": "
                + present.stream().map(Elector::memberId).toList() + "}";
    }
}
