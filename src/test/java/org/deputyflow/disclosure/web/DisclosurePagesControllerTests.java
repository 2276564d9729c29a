package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Staff start and review a quarter's disclosure from the pages; the council approves or sends it back there. */
@DeputyFlowTest
class DisclosurePagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    @Test
    void review_send_back_and_approval_on_the_pages_publish_the_disclosure() throws Exception {
        String location = mvc.perform(post("/disclosures")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("year", "2009")
                        .param("quarter", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已生成快照，请审核。"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/disclosures/".length()));
        mvc.perform(get("/public/disclosures/2009-Q2")).andExpect(status().isNotFound());

        assertThat(page("staff1", "/disclosures")).contains("data-disclosure-id=\"" + id + "\"");
        assertThat(page("staff1", "/disclosures/" + id))
                .contains("id=\"disclosure-review-form\"")
                .doesNotContain("id=\"disclosure-approve-form\"");
        mvc.perform(post("/disclosures/{id}/review", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("commentary", "本季度说明"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disclosures/" + id));
        assertThat(state(id)).isEqualTo("AWAITING_APPROVAL");

        assertThat(page("council1", "/council")).contains("data-disclosure-id=\"" + id + "\"");
        assertThat(page("council1", "/disclosures/" + id))
                .contains("id=\"disclosure-approve-form\"", "id=\"disclosure-send-back-form\"", "本季度说明");

        long meeting = TestMeetings.insert(
                jdbc,
                MeetingKind.CHAIRPERSONS_COUNCIL,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        assertThat(page("council1", "/disclosures/" + id)).contains("value=\"" + meeting + "\"");
        String noMeeting = mvc.perform(post("/disclosures/{id}/approve", id)
                        .with(user(account("council1")))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noMeeting).contains("class=\"field-error\"", "请选择作出此决定的主任会议");
        String blank = mvc.perform(post("/disclosures/{id}/send-back", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("comment", " ")
                        .param("meetingId", String.valueOf(meeting)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("class=\"field-error\"", "退回时须说明理由");
        assertThat(state(id)).isEqualTo("AWAITING_APPROVAL");

        mvc.perform(post("/disclosures/{id}/send-back", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("comment", "请补充说明")
                        .param("meetingId", String.valueOf(meeting)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("IN_REVIEW");
        assertThat(page("staff1", "/disclosures/" + id)).contains("请补充说明", "id=\"disclosure-review-form\"");
        mvc.perform(post("/disclosures/{id}/review", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("commentary", "已补充说明"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/disclosures/{id}/approve", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("meetingId", String.valueOf(meeting)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已批准，已公开。"));
        assertThat(state(id)).isEqualTo("PUBLISHED");
        mvc.perform(get("/public/disclosures/2009-Q2")).andExpect(status().isOk());
        assertThat(page("staff1", "/disclosures/" + id))
                .contains(
                        "/public/disclosures/2009-Q2",
                        "id=\"disclosure-correction-form\"",
                        "data-testid=\"disclosure-decided-meeting\"");

        String corrected = mvc.perform(post("/disclosures/{id}/correction", id)
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long correction = Long.parseLong(corrected.substring("/disclosures/".length()));
        assertThat(correction).isNotEqualTo(id);
        assertThat(state(correction)).isEqualTo("IN_REVIEW");
        // the page offers what the policy allows: the replaced version is no longer for correcting
        assertThat(page("staff1", "/disclosures/" + id)).doesNotContain("id=\"disclosure-correction-form\"");
        assertThat(page("staff1", "/disclosures/" + correction)).contains("id=\"disclosure-review-form\"");
        assertThat(page("council1", "/disclosures/" + correction))
                .doesNotContain("id=\"disclosure-review-form\"", "id=\"disclosure-approve-form\"");
        mvc.perform(post("/disclosures/{id}/correction", id)
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disclosures/" + id))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void a_quarter_that_is_not_valid_is_shown_next_to_its_field() throws Exception {
        String page = mvc.perform(post("/disclosures")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("year", "2009"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"field-error\"", "请选择季度");
        String future = mvc.perform(post("/disclosures")
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("year", "2999")
                        .param("quarter", "4"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("class=\"field-error\"", "只能公开已经结束的季度");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure WHERE period_year = 2999", Long.class))
                .isZero();
    }

    @Test
    void only_staff_and_the_council_see_disclosures_each_acts_in_its_own_step_and_posts_need_csrf() throws Exception {
        mvc.perform(get("/disclosures").with(user(account("deputy001")))).andExpect(status().isForbidden());
        mvc.perform(get("/disclosures").with(user(account("dept01-handler")))).andExpect(status().isForbidden());
        mvc.perform(post("/disclosures")
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("year", "2009")
                        .param("quarter", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/disclosures")
                        .with(user(account("staff1")))
                        .param("year", "2009")
                        .param("quarter", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/disclosures/{id}/approve", 987654321L)
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/disclosures/{id}", 987654321L).with(user(account("council1"))))
                .andExpect(status().isNotFound());
        assertThat(page("council1", "/disclosures")).doesNotContain("id=\"disclosure-start-form\"");
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT state FROM disclosure WHERE id = ?", String.class, id);
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
