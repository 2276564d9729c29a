package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff see the replies waiting for publication, preview one as the public will see it, mark
 * passages to hide, approve it or hold it back, and publish it early; nobody else may, and a
 * confidential reply has no such page.
 */
@DeputyFlowTest
class ReplyPublicationPagesControllerTests {

    static final String PHONE = "13911112222";
    // a private person's name is no pattern: staff mark it, and every place it occurs is hidden
    static final String PERSON = "王建国";
    static final String CONTENT =
            "代表您好：经研究，\n已于今年完成改造工程。经办人电话 " + PHONE + "，住户" + PERSON + "反映的漏水已修复。施工期间请联系" + PERSON + "家人。";
    static final String LINES = "经研究，\n已";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    @Autowired
    ReplyPublications publications;

    SuggestionApi api;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void api() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void the_list_shows_a_publishable_reply_with_its_dates_and_never_a_confidential_one() throws Exception {
        Reply open = reply("关于公开答复的建议" + run, false, true);
        Reply secret = reply("关于涉密答复的建议" + run, true, true);
        Reply notPublishable = reply("关于不公开答复的建议" + run, false, false);

        String list = allPages();
        String row = row(list, open.replyId());
        String department = jdbc.queryForObject("SELECT name FROM department WHERE code = 'dept11'", String.class);
        assertThat(row)
                .contains(
                        open.serialNo(),
                        "关于公开答复的建议" + run,
                        department,
                        "/disclosures/replies/" + open.replyId(),
                        "class=\"publishes-on\"");
        assertThat(list)
                .doesNotContain(
                        "data-reply-id=\"" + secret.replyId() + "\"",
                        "关于涉密答复的建议" + run,
                        "data-reply-id=\"" + notPublishable.replyId() + "\"");
        assertThat(page("staff1", "/disclosures"))
                .contains("href=\"/disclosures/replies\"")
                .doesNotContain("id=\"reply-publication-form\"");

        mvc.perform(get("/disclosures/replies/{id}", secret.replyId()).with(user(account("staff1"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/disclosures/replies/{id}", notPublishable.replyId()).with(user(account("staff1"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/disclosures/replies/{id}/publication", secret.replyId())
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(published(secret.replyId())).isZero();
    }

    @Test
    void a_marked_passage_is_hidden_in_the_preview_and_on_the_public_page_after_publishing_now() throws Exception {
        Reply reply = reply("关于青山路改造的建议" + run, false, true);
        String path = "/disclosures/replies/" + reply.replyId();

        String before = page("staff1", path);
        assertThat(preview(before)).contains("今年完成改造工程", PERSON).doesNotContain(PHONE);
        assertThat(original(before)).contains(PHONE, PERSON);

        mvc.perform(post(path + "/marks")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("passage", PERSON))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", "已标记 2 处。"));
        // a second passage keeps the first marks; pasted line breaks arrive as CRLF
        mvc.perform(post(path + "/marks")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("passage", "  经研究，\r\n已  "))
                .andExpect(status().is3xxRedirection());
        assertThat(marks(reply.replyId())).isEqualTo(3);

        String marked = page("staff1", path);
        assertThat(preview(marked)).contains("今年完成改造工程", "［已隐去］").doesNotContain(PERSON, PHONE, "经研究");
        assertThat(original(marked)).contains(PERSON, "经研究");
        int start = CONTENT.indexOf(LINES);
        assertThat(marked).contains("data-mark-start=\"" + start + "\"");

        mvc.perform(post(path + "/marks/removal")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("start", String.valueOf(start))
                        .param("end", String.valueOf(start + LINES.length())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已取消标记。"));
        assertThat(marks(reply.replyId())).isEqualTo(2);
        assertThat(preview(page("staff1", path))).contains("经研究").doesNotContain(PERSON);

        mvc.perform(post(path + "/publication").with(user(account("staff1"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/public/replies/" + reply.serialNo()))
                .andExpect(flash().attribute("flash", "答复已公开。"));
        String publicPage = mvc.perform(get("/public/replies/" + reply.serialNo()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("经研究", "今年完成改造工程", "施工期间请联系", "［已隐去］").doesNotContain(PHONE, PERSON);

        assertThat(allPages()).doesNotContain("data-reply-id=\"" + reply.replyId() + "\"");
        mvc.perform(get(path).with(user(account("staff1")))).andExpect(status().isNotFound());
    }

    @Test
    void a_passage_not_in_the_reply_or_a_blank_one_is_shown_next_to_the_field_and_nothing_is_stored() throws Exception {
        Reply reply = reply("关于答复标记校验的建议" + run, false, true);
        String path = "/disclosures/replies/" + reply.replyId();

        String unknown = mvc.perform(post(path + "/marks")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("passage", "白云路9号"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("class=\"field-error\"", "答复原文中没有这段文字", "白云路9号", "id=\"reply-hide-form\"");
        String blank = mvc.perform(post(path + "/marks")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("passage", "   "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("class=\"field-error\"", "请填写要隐去的原文");
        assertThat(marks(reply.replyId())).isZero();
        assertThat(page("staff1", path)).contains("data-testid=\"reply-marks-empty\"");
    }

    @Test
    void only_staff_may_see_mark_and_publish_and_every_post_needs_csrf() throws Exception {
        Reply reply = reply("关于答复公开权限的建议" + run, false, true);
        String path = "/disclosures/replies/" + reply.replyId();

        for (String login : List.of("deputy001", "dept01-handler", "dept01-leader", "council1", "member01", "admin")) {
            mvc.perform(get("/disclosures/replies").with(user(account(login)))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(account(login)))).andExpect(status().isForbidden());
        }
        mvc.perform(post(path + "/marks")
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("passage", PERSON))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/publication").with(user(account("deputy001"))).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post(path + "/marks").with(user(account("staff1"))).param("passage", PERSON))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/publication").with(user(account("staff1")))).andExpect(status().isForbidden());
        assertThat(marks(reply.replyId())).isZero();
        assertThat(published(reply.replyId())).isZero();
        mvc.perform(get("/public/replies/" + reply.serialNo())).andExpect(status().isNotFound());
    }

    @Test
    void staff_approve_a_reply_or_hold_it_back_with_a_reason_on_its_page() throws Exception {
        Reply approved = reply("关于答复审核同意的建议" + run, false, true);
        Reply held = reply("关于答复暂缓公开的建议" + run, false, true);
        String approvedPath = "/disclosures/replies/" + approved.replyId();
        String heldPath = "/disclosures/replies/" + held.replyId();
        // before the timer opened the review there is nothing to decide
        assertThat(page("staff1", approvedPath))
                .doesNotContain("id=\"reply-review\"")
                .contains("送达代表后开启");
        mvc.perform(post(approvedPath + "/review/approval")
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().isConflict());
        publications.openReviews();

        String open = page("staff1", approvedPath);
        assertThat(open)
                .contains(
                        "id=\"reply-review\"",
                        "id=\"reply-approve-form\"",
                        "id=\"reply-hold-back-form\"",
                        "待审核",
                        "id=\"reply-preview\"");
        assertThat(row(allPages(), approved.replyId())).contains("待审核");
        // the staff's home lists the review among its tasks
        assertThat(page("staff1", "/staff")).contains("data-testid=\"reply-review-tasks\"");

        String blank = mvc.perform(post(heldPath + "/review/hold-back")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("class=\"field-error\"", "请说明暂缓公开的理由", "id=\"reply-hold-back-form\"");
        assertThat(reviewState(held.replyId())).isEqualTo("OPEN");

        mvc.perform(post(approvedPath + "/review/approval")
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(approvedPath))
                .andExpect(flash().attribute("flash", "已同意公开，将在定时公开日公开。"));
        assertThat(reviewState(approved.replyId())).isEqualTo("APPROVED");
        assertThat(published(approved.replyId())).isZero();
        String after = page("staff1", approvedPath);
        assertThat(after).contains("已同意公开").doesNotContain("id=\"reply-review\"");
        mvc.perform(post(approvedPath + "/review/approval")
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().isConflict());

        mvc.perform(post(heldPath + "/review/hold-back")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("reason", "答复涉及第三方的个人隐私"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disclosures/replies"))
                .andExpect(flash().attribute("flash", "已暂缓公开。"));
        assertThat(reviewState(held.replyId())).isEqualTo("HELD_BACK");
        assertThat(allPages()).doesNotContain("data-reply-id=\"" + held.replyId() + "\"");
        String heldPage = page("staff1", heldPath);
        assertThat(heldPage)
                .contains("暂缓公开", "答复涉及第三方的个人隐私")
                .doesNotContain("id=\"reply-review\"", "id=\"reply-publish-form\"");
        mvc.perform(post(heldPath + "/publication")
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(published(held.replyId())).isZero();

        for (String login : List.of("deputy001", "dept11-handler", "council1")) {
            mvc.perform(post(approvedPath + "/review/approval")
                            .with(user(account(login)))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(heldPath + "/review/hold-back")
                        .with(user(account("staff1")))
                        .param("reason", "无 CSRF"))
                .andExpect(status().isForbidden());
    }

    private String reviewState(long replyId) {
        return jdbc.queryForObject("SELECT state FROM reply_review WHERE reply_id = ?", String.class, replyId);
    }

    /** Submitted, accepted, assigned to one department, replied and signed off: the reply reached the deputy. */
    private Reply reply(String title, boolean confidential, boolean publishable) throws Exception {
        Map<String, Object> draft = api.draft(title, List.of());
        draft.put("confidential", confidential);
        long id = api.read(api.post("deputy042", "/api/suggestions", draft))
                .get("id")
                .asLong();
        api.accept(id);
        api.assign(id, List.of("dept11"), List.of());
        api.claim("dept11-handler", id);
        api.contact("dept11-handler", id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resultClass", "A");
        body.put("content", CONTENT);
        body.put("publishable", publishable);
        if (!publishable) {
            body.put("notPublishableReason", "涉及个人隐私");
        }
        api.read(api.post("dept11-handler", "/api/suggestions/" + id + "/reply", body));
        api.signOff("dept11-leader", id, true);
        assertThat(jdbc.queryForObject("SELECT replied_at FROM suggestion WHERE id = ?", java.sql.Timestamp.class, id))
                .as("the reply reached the deputy")
                .isNotNull();
        long replyId = jdbc.queryForObject(
                "SELECT r.id FROM reply r JOIN assignment a ON a.id = r.assignment_id " + "WHERE a.suggestion_id = ?",
                Long.class,
                id);
        String serialNo = jdbc.queryForObject("SELECT serial_no FROM suggestion WHERE id = ?", String.class, id);
        return new Reply(replyId, serialNo);
    }

    record Reply(long replyId, String serialNo) {}

    /** Every page of the staff list, so the test does not depend on what other tests left behind. */
    private String allPages() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 1000; page++) {
            String html = page("staff1", "/disclosures/replies?page=" + page);
            all.append(html);
            if (!html.contains("data-testid=\"page-next\"")) {
                return all.toString();
            }
        }
        throw new AssertionError("the list never ends");
    }

    private static String row(String html, long replyId) {
        int at = html.indexOf("data-reply-id=\"" + replyId + "\"");
        assertThat(at).as("row of reply " + replyId).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String preview(String html) {
        int at = html.indexOf("id=\"reply-preview\"");
        return html.substring(at, html.indexOf("</section>", at));
    }

    private static String original(String html) {
        int at = html.indexOf("id=\"reply-original\"");
        return html.substring(at, html.indexOf("</section>", at));
    }

    private int marks(long replyId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM reply_redaction_mark WHERE reply_id = ?", Integer.class, replyId);
    }

    private int published(long replyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reply_publication WHERE reply_id = ?", Integer.class, replyId);
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
