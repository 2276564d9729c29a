package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.suggestion.web.StaffActionsControllerTests.fieldError;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The department actions panel and its forms: only the own department's actions that would succeed
 * now, each calling the same service as the API; wrong values come back next to their field with
 * 400 and change nothing, a lost race is the conflict page. dept23 and dept24 are departments no
 * other test assigns to.
 */
@DeputyFlowTest
class DepartmentActionsPanelControllerTests {

    static final String OWN = "dept23";
    static final String CO = "dept24";
    static final String HANDLER = OWN + "-handler";
    static final String LEADER = OWN + "-leader";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    SuggestionApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_panel_is_a_fragment_with_the_claim_button_for_the_own_department_only() throws Exception {
        long id = assigned("面板" + run, List.of());

        String panel = panel(HANDLER, id);
        assertThat(panel)
                .startsWith("<section id=\"department-actions\"")
                .doesNotContain("<html", "<main")
                .contains(
                        "data-testid=\"claim-button\"", "id=\"contact-form\"", "id=\"dispute-form\"", "name=\"_csrf\"")
                .doesNotContain("id=\"reply-form\"", "id=\"sign-off-form\"", "id=\"extension-form\"");
        assertThat(panel(LEADER, id)).contains("id=\"extension-form\"").doesNotContain("claim-button");

        mvc.perform(get(panelPath(id)).with(as(CO + "-handler"))).andExpect(status().isNotFound());
        mvc.perform(get(panelPath(id)).with(as(CO + "-leader"))).andExpect(status().isNotFound());
        for (String login : List.of("staff1", "deputy001", "council1")) {
            mvc.perform(get(panelPath(id)).with(as(login))).andExpect(status().isForbidden());
        }
    }

    @Test
    void a_claim_through_the_page_redirects_with_a_flash_and_a_second_claim_is_the_conflict_page() throws Exception {
        long id = assigned("签收" + run, List.of());

        mvc.perform(post(action(id, "claim")).with(as(HANDLER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已签收。"));
        assertThat(claimedBy(id)).isEqualTo(HANDLER);
        assertThat(panel(HANDLER, id))
                .contains("data-testid=\"unclaim-button\"")
                .doesNotContain("data-testid=\"claim-button\"");

        String conflict = body(mvc.perform(
                        post(action(id, "claim")).with(as(OWN + "-handler2")).with(csrf()))
                .andExpect(status().isConflict()));
        assertThat(conflict).contains("状态已变化");
        assertThat(claimedBy(id)).isEqualTo(HANDLER);

        mvc.perform(post(action(id, "unclaim")).with(as(HANDLER)).with(csrf()))
                .andExpect(redirectedUrl("/suggestions/" + id));
        assertThat(claimedBy(id)).isNull();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
        long id = assigned("跨站" + run, List.of());

        mvc.perform(post(action(id, "claim")).with(as(HANDLER))).andExpect(status().isForbidden());
        mvc.perform(post(action(id, "contact"))
                        .with(as(HANDLER))
                        .param("method", "PHONE")
                        .param("contactedAt", minutesAgo(60))
                        .param("summary", "电话联系"))
                .andExpect(status().isForbidden());
        assertThat(claimedBy(id)).isNull();
        assertThat(contacts(id)).isZero();
    }

    @Test
    void a_contact_is_logged_and_a_missing_summary_is_shown_next_to_its_field() throws Exception {
        long id = assigned("沟通" + run, List.of());

        String invalid = body(mvc.perform(post(action(id, "contact"))
                        .with(as(HANDLER))
                        .with(csrf())
                        .param("method", "PHONE")
                        .param("contactedAt", minutesAgo(60))
                        .param("summary", " "))
                .andExpect(status().isBadRequest()));
        assertThat(invalid)
                .contains("<section id=\"department-actions\"", "class=\"field-error\"", "请填写沟通情况。", "提交的内容有误");
        assertThat(contacts(id)).isZero();

        mvc.perform(post(action(id, "contact"))
                        .with(as(HANDLER))
                        .with(csrf())
                        .param("method", "MEETING")
                        .param("contactedAt", minutesAgo(60))
                        .param("summary", "座谈听取意见"))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已记录沟通联系。"));
        assertThat(contacts(id)).isEqualTo(1);
    }

    @Test
    void a_b_reply_without_a_plan_date_is_an_error_next_to_the_field_and_a_valid_reply_goes_to_sign_off()
            throws Exception {
        long id = assigned("答复" + run, List.of());
        assertThat(panel(HANDLER, id)).contains("data-testid=\"reply-blocked\"").doesNotContain("id=\"reply-form\"");
        api.claim(HANDLER, id);
        api.contact(HANDLER, id);
        assertThat(panel(HANDLER, id))
                .contains("id=\"reply-form\"", "id=\"reply-plan-date\"", "data-testid=\"reply-submit\"");

        String invalid = body(mvc.perform(reply(id)
                        .param("resultClass", "B")
                        .param("content", "列入今年计划")
                        .param("planDate", "")
                        .param("publishable", "true"))
                .andExpect(status().isBadRequest()));
        assertThat(fieldError(invalid, "reply-plan-date-error")).isEqualTo("B 类、C 类答复须写明计划解决的时间");
        assertThat(invalid).contains("列入今年计划");
        assertThat(replies(id)).isZero();
        assertThat(state(id)).isEqualTo("HANDLING");

        String inEnglish = body(mvc.perform(reply(id)
                        .param("lang", "en")
                        .param("resultClass", "C")
                        .param("content", "列入规划")
                        .param("planDate", "")
                        .param("publishable", "true"))
                .andExpect(status().isBadRequest()));
        assertThat(fieldError(inEnglish, "reply-plan-date-error"))
                .isEqualTo("A class B or C reply must give the date by which it will be resolved");

        String past = body(mvc.perform(reply(id)
                        .param("resultClass", "B")
                        .param("content", "列入今年计划")
                        .param("planDate", LocalDate.now().minusDays(2).toString())
                        .param("publishable", "true"))
                .andExpect(status().isBadRequest()));
        assertThat(fieldError(past, "reply-plan-date-error")).isEqualTo("计划解决时间不能早于今天");
        String pastInEnglish = body(mvc.perform(reply(id)
                        .param("lang", "en")
                        .param("resultClass", "B")
                        .param("content", "列入今年计划")
                        .param("planDate", LocalDate.now().minusDays(2).toString())
                        .param("publishable", "true"))
                .andExpect(status().isBadRequest()));
        assertThat(fieldError(pastInEnglish, "reply-plan-date-error"))
                .isEqualTo("The planned date cannot be before today");
        assertThat(replies(id)).isZero();

        String notPublishable = body(mvc.perform(reply(id)
                        .param("resultClass", "A")
                        .param("content", "已解决")
                        .param("_publishable", "on"))
                .andExpect(status().isBadRequest()));
        assertThat(notPublishable).contains("答复不宜公开时须说明理由。");
        assertThat(replies(id)).isZero();

        mvc.perform(reply(id)
                        .param("resultClass", "B")
                        .param("content", "列入今年计划")
                        .param("planDate", LocalDate.now().plusMonths(4).toString())
                        .param("publishable", "true"))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "答复已提交，等待负责人签发。"));
        assertThat(replies(id)).isEqualTo(1);
        assertThat(state(id)).isEqualTo("AWAITING_SIGN_OFF");
    }

    @Test
    void the_leader_sends_a_reply_back_only_with_a_comment_and_signs_it_off() throws Exception {
        long id = assigned("签发" + run, List.of());
        api.claim(HANDLER, id);
        api.contact(HANDLER, id);
        api.read(api.reply(HANDLER, id, "A"));
        assertThat(panel(HANDLER, id)).doesNotContain("sign-off-approve");
        assertThat(panel(LEADER, id))
                .contains("data-testid=\"sign-off-approve\"", "data-testid=\"sign-off-send-back\"", "答复：已研究落实");

        String invalid = body(mvc.perform(signOff(id, "send-back", "")).andExpect(status().isBadRequest()));
        assertThat(invalid).contains("退回修改时须写明意见。");
        assertThat(state(id)).isEqualTo("AWAITING_SIGN_OFF");

        mvc.perform(signOff(id, "send-back", "请补充具体措施"))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "答复已退回经办人修改。"));
        assertThat(state(id)).isEqualTo("HANDLING");

        api.read(api.reply(HANDLER, id, "A"));
        mvc.perform(signOff(id, "approve", ""))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "答复已签发，送达代表。"));
        assertThat(state(id)).isEqualTo("REPLIED");
        assertThat(api.status(id)).isEqualTo("REPLIED");
        mvc.perform(signOff(id, "approve", "")).andExpect(status().isConflict());
    }

    @Test
    void the_leader_requests_an_extension_of_one_to_three_months_once() throws Exception {
        long id = assigned("延期" + run, List.of());

        String invalid = body(mvc.perform(extension(id, "5", "需要协调")).andExpect(status().isBadRequest()));
        assertThat(fieldError(invalid, "extension-months-error")).isEqualTo("延期时间须为 1 至 3 个月");
        String noNumber =
                body(mvc.perform(extension(id, "x", "需要协调").param("lang", "en")).andExpect(status().isBadRequest()));
        assertThat(fieldError(noNumber, "extension-months-error")).isEqualTo("An extension is 1 to 3 months");
        assertThat(extensions(id)).isZero();

        mvc.perform(extension(id, "2", "需要跨部门协调"))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "延期申请已提交，等待代表工委审批。"));
        assertThat(jdbc.queryForObject(
                        "SELECT x.months FROM extension_request x JOIN assignment a "
                                + "ON a.id = x.assignment_id WHERE a.suggestion_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(2);
        assertThat(panel(LEADER, id)).doesNotContain("id=\"extension-form\"");
        mvc.perform(extension(id, "1", "再次申请")).andExpect(status().isConflict());
        mvc.perform(extension(id, "1", "经办人不能申请").with(as(HANDLER))).andExpect(status().isForbidden());
    }

    @Test
    void a_co_unit_writes_its_opinion_and_the_lead_waits_for_it() throws Exception {
        long id = assigned("协办" + run, List.of(CO));
        api.claim(HANDLER, id);
        api.contact(HANDLER, id);
        assertThat(panel(HANDLER, id))
                .contains("data-testid=\"reply-blocked\"", "1 个协办单位的意见尚未送达")
                .doesNotContain("id=\"opinion-form\"");
        assertThat(panel(CO + "-handler", id))
                .contains("id=\"opinion-form\"", "data-testid=\"opinion-submit\"")
                .doesNotContain("id=\"reply-form\"");

        mvc.perform(post(action(id, "opinion"))
                        .with(as(CO + "-handler"))
                        .with(csrf())
                        .param("content", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(post(action(id, "opinion"))
                        .with(as(CO + "-handler"))
                        .with(csrf())
                        .param("content", "同意主办意见"))
                .andExpect(redirectedUrl("/suggestions/" + id));
        assertThat(jdbc.queryForObject(
                        "SELECT a.state FROM assignment a JOIN department d ON d.id = a.department_id "
                                + "WHERE a.suggestion_id = ? AND d.code = ?",
                        String.class,
                        id,
                        CO))
                .isEqualTo("OPINION_GIVEN");
        assertThat(panel(HANDLER, id)).contains("id=\"reply-form\"");
    }

    @Test
    void a_dispute_within_the_window_goes_to_staff() throws Exception {
        long id = assigned("调整" + run, List.of());

        mvc.perform(post(action(id, "dispute")).with(as(HANDLER)).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest());
        assertThat(state(id)).isEqualTo("HANDLING");
        mvc.perform(post(action(id, "dispute")).with(as(HANDLER)).with(csrf()).param("reason", "不属于本单位职责"))
                .andExpect(redirectedUrl("/suggestions/" + id));
        assertThat(state(id)).isEqualTo("DISPUTED");
        assertThat(panel(HANDLER, id)).contains("data-testid=\"no-department-actions\"");
    }

    @Test
    void a_b_reply_is_followed_up_until_the_reported_delivery_awaits_the_deputys_confirmation() throws Exception {
        long id = assigned("跟踪" + run, List.of());
        api.handleAndReply(OWN, id, "B");
        api.read(api.evaluate("deputy001", id, "SATISFIED", "SATISFIED", null));
        assertThat(state(id)).isEqualTo("FOLLOW_UP");
        assertThat(panel(HANDLER, id)).contains("id=\"follow-up-form\"", "data-testid=\"follow-up-submit\"");

        mvc.perform(post(action(id, "follow-up")).with(as(HANDLER)).with(csrf()).param("content", "工程已开工"))
                .andExpect(flash().attribute("flash", "已报告落实情况。"));
        assertThat(state(id)).isEqualTo("FOLLOW_UP");
        mvc.perform(post(action(id, "follow-up"))
                        .with(as(HANDLER))
                        .with(csrf())
                        .param("content", "工程已完工")
                        .param("delivered", "true"))
                .andExpect(flash().attribute("flash", "已报告落实完毕。"));
        assertThat(state(id)).isEqualTo("AWAITING_CONFIRMATION");
        // nothing is left for the department until the deputy answers
        assertThat(panel(HANDLER, id)).doesNotContain("follow-up-form");
    }

    private long assigned(String title, List<String> cos) throws Exception {
        long id = api.submit("deputy001", title);
        api.accept(id);
        api.assign(id, List.of(OWN), cos);
        return id;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    private String panel(String login, long id) throws Exception {
        return body(mvc.perform(get(panelPath(id)).with(as(login))).andExpect(status().isOk()))
                .strip();
    }

    private MockHttpServletRequestBuilder reply(long id) {
        return post(action(id, "reply")).with(as(HANDLER)).with(csrf());
    }

    private MockHttpServletRequestBuilder signOff(long id, String decision, String comment) {
        return post(action(id, "sign-off"))
                .with(as(LEADER))
                .with(csrf())
                .param("decision", decision)
                .param("comment", comment);
    }

    private MockHttpServletRequestBuilder extension(long id, String months, String reason) {
        return post(action(id, "extension"))
                .with(as(LEADER))
                .with(csrf())
                .param("months", months)
                .param("reason", reason);
    }

    private static String panelPath(long id) {
        return "/suggestions/" + id + "/panels/department";
    }

    private static String action(long id, String action) {
        return "/suggestions/" + id + "/department/" + action;
    }

    private static String minutesAgo(int minutes) {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .minusMinutes(minutes)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String claimedBy(long id) {
        return jdbc.queryForObject(
                "SELECT a.claimed_by FROM assignment a JOIN department d ON d.id = a.department_id "
                        + "WHERE a.suggestion_id = ? AND d.code = ?",
                String.class,
                id,
                OWN);
    }

    private String state(long id) {
        return jdbc.queryForObject(
                "SELECT a.state FROM assignment a JOIN department d ON d.id = a.department_id "
                        + "WHERE a.suggestion_id = ? AND d.code = ?",
                String.class,
                id,
                OWN);
    }

    private int contacts(long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM contact_record c JOIN assignment a ON a.id = c.assignment_id "
                        + "WHERE a.suggestion_id = ?",
                Integer.class,
                id);
    }

    private int replies(long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM reply r JOIN assignment a ON a.id = r.assignment_id "
                        + "WHERE a.suggestion_id = ?",
                Integer.class,
                id);
    }

    private int extensions(long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM extension_request x JOIN assignment a "
                        + "ON a.id = x.assignment_id WHERE a.suggestion_id = ?",
                Integer.class,
                id);
    }
}
