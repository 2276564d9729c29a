package org.deputyflow.vote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.VoteStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff run a vote from the pages; the department's leader reports on its rectification there. */
@DeputyFlowTest
class VotePagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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

    @BeforeEach
    void setUp() {
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
    }

    @Test
    void staff_create_take_attendance_open_enter_paper_ballots_and_close_a_vote_from_the_pages() throws Exception {
        assertThat(page("staff1", "/votes/new"))
                .contains("id=\"vote-create-form\"", "data-testid=\"vote-create-button\"");
        long department = directory.departmentByCode("dept11").orElseThrow().id();
        String title = VoteScenario.unique("页面发起的测评");
        String location = mvc.perform(as("staff1", post("/votes"))
                        .param("title", title)
                        .param("meetingDate", "2026-06-26")
                        .param("departmentId", String.valueOf(department))
                        .param("reportTitle", "2025年度工作报告"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "测评已发起，请登记出席人员。"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/votes/".length()));
        assertThat(page("staff1", "/votes")).contains(title, "data-vote-id=\"" + id + "\"");
        assertThat(page("staff1", "/votes/" + id)).contains("id=\"vote-attendance-form\"", "id=\"vote-open-form\"");

        List<Elector> electors = scenario.electors(id);
        MockHttpServletRequestBuilder attendance = as("staff1", post("/votes/{id}/attendance", id));
        electors.forEach(e -> attendance.param("presentMemberIds", String.valueOf(e.memberId())));
        mvc.perform(attendance).andExpect(status().is3xxRedirection());
        mvc.perform(as("staff1", post("/votes/{id}/open", id)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "投票已开始。"));
        assertThat(votes.details(id, scenario.user("staff1")).vote().status()).isEqualTo(VoteStatus.OPEN);

        assertThat(page("staff1", "/votes/" + id)).contains("一次至少录入 3 人的选票");
        String[] three = {
            String.valueOf(electors.get(0).memberId()),
            String.valueOf(electors.get(1).memberId()),
            String.valueOf(electors.get(2).memberId())
        };
        String paperError = mvc.perform(as("staff1", post("/votes/{id}/paper-ballots", id))
                        .param("memberIds", three)
                        .param("satisfied", "1")
                        .param("basicallySatisfied", "0")
                        .param("unsatisfied", "0")
                        .param("invalid", "0"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(paperError).contains("class=\"field-error\"", "不符");
        String tooFew = mvc.perform(as("staff1", post("/votes/{id}/paper-ballots", id))
                        .param("memberIds", three[0], three[1])
                        .param("satisfied", "1")
                        .param("basicallySatisfied", "0")
                        .param("unsatisfied", "0")
                        .param("invalid", "1"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooFew).contains("class=\"field-error\"", "至少须有 3 人");
        mvc.perform(as("staff1", post("/votes/{id}/paper-ballots", id))
                        .param("memberIds", three)
                        .param("satisfied", "1")
                        .param("basicallySatisfied", "0")
                        .param("unsatisfied", "1")
                        .param("invalid", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(votes.details(id, scenario.user("staff1")).ballotsCast()).isEqualTo(3);

        mvc.perform(as("staff1", post("/votes/{id}/close", id))).andExpect(status().is3xxRedirection());
        String closed = page("staff1", "/votes/" + id);
        assertThat(closed)
                .contains("id=\"vote-result\"", "data-testid=\"vote-outcome\"", "data-testid=\"ballots-counted\">3<")
                .doesNotContain("vote-count-incomplete");
        // who voted is shown, how nobody voted is not: the page only has yes/no per member
        assertThat(closed).doesNotContain("ballot-choice");
    }

    @Test
    void a_vote_without_the_required_fields_is_shown_again_with_errors_next_to_them() throws Exception {
        String page = mvc.perform(
                        as("staff1", post("/votes")).param("title", " ").param("reportTitle", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写测评事项名称", "请填写会议日期", "请选择被测评的承办单位", "请填写报告名称", "class=\"field-error\"");
    }

    @Test
    void the_leader_reports_on_the_rectification_and_staff_accept_it_naming_the_next_meeting() throws Exception {
        long id = scenario.create("页面整改", "dept12");
        scenario.runUnanimous(id, org.deputyflow.vote.domain.Choice.UNSATISFIED);

        String leaderPage = page("dept12-leader", "/votes/" + id);
        assertThat(leaderPage).contains("id=\"rectification-report-form\"");
        mvc.perform(as("dept12-leader", post("/votes/{id}/rectification/report", id))
                        .param("title", "")
                        .param("summary", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(as("dept12-leader", post("/votes/{id}/rectification/report", id))
                        .param("title", "整改报告")
                        .param("summary", "已整改"))
                .andExpect(status().is3xxRedirection());
        assertThat(votes.rectification(id, scenario.user("staff1")).status()).isEqualTo(RectificationStatus.SUBMITTED);

        String missingDate = mvc.perform(as("staff1", post("/votes/{id}/rectification/review", id))
                        .param("accepted", "true"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(missingDate).contains("请选择再次测评的常委会会议");
        long nextMeeting = TestMeetings.standingCommittee(jdbc, LocalDate.of(2026, 8, 28));
        String form = mvc.perform(as("staff1", get("/votes/{id}", id)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the form offers the standing committee meetings after the vote's, the new one among them
        assertThat(form).contains("value=\"" + nextMeeting + "\"");
        mvc.perform(as("staff1", post("/votes/{id}/rectification/review", id))
                        .param("accepted", "true")
                        .param("nextMeetingId", String.valueOf(nextMeeting)))
                .andExpect(status().is3xxRedirection());
        assertThat(votes.rectification(id, scenario.user("staff1")).status()).isEqualTo(RectificationStatus.ACCEPTED);
    }

    @Test
    void other_roles_get_the_forbidden_page_another_department_the_not_found_page_and_posts_need_csrf()
            throws Exception {
        long id = scenario.create("页面权限", "dept13");
        mvc.perform(get("/votes").with(user(account("deputy001")))).andExpect(status().isForbidden());
        mvc.perform(get("/votes/new").with(user(account("council1")))).andExpect(status().isForbidden());
        mvc.perform(get("/votes/{id}", id).with(user(account("member01")))).andExpect(status().isForbidden());
        mvc.perform(get("/votes/{id}", id).with(user(account("dept14-leader")))).andExpect(status().isNotFound());
        mvc.perform(as("council1", post("/votes/{id}/open", id))).andExpect(status().isForbidden());
        mvc.perform(post("/votes/{id}/open", id).with(user(account("staff1")))).andExpect(status().isForbidden());
        assertThat(votes.details(id, scenario.user("staff1")).vote().status()).isEqualTo(VoteStatus.PREPARING);
        assertThat(page("dept14-leader", "/votes")).doesNotContain("data-vote-id=\"" + id + "\"");
    }

    private MockHttpServletRequestBuilder as(String login, MockHttpServletRequestBuilder request) {
        return request.with(user(account(login))).with(csrf());
    }

    private CurrentUser account(String login) {
        return directory.account(login).orElseThrow();
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(account(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
