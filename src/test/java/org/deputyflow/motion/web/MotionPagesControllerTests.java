package org.deputyflow.motion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The motion pages: the list and a motion's page scoped like the API, the submission form's
 * errors next to the fields, and every step taken through the pages, checked through the API.
 */
@DeputyFlowTest
class MotionPagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    SuggestionApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    RequestPostProcessor as(String login) {
        return user(directory.account(login).orElseThrow());
    }

    static List<String> coSigners(int first, int count) {
        List<String> logins = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            logins.add("deputy%03d".formatted(i));
        }
        return logins;
    }

    long submitByApi(String lead, String title, List<String> coSigners) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("reason", "案由：" + title);
        body.put("basis", "案据：调研情况");
        body.put("proposal", "方案：制定地方性法规");
        body.put("period", "SESSION");
        body.put("coSignerIds", coSigners.stream().map(api::deputyId).toList());
        return api.read(api.post(lead, "/api/motions", body)).get("id").asLong();
    }

    /** Submitted and confirmed by nine co-signers through the API: the motion waits for the form check. */
    long signed(String lead, String title, int first) throws Exception {
        List<String> coSigners = coSigners(first, 9);
        long id = submitByApi(lead, title, coSigners);
        for (String coSigner : coSigners) {
            api.read(api.post(coSigner, "/api/motions/" + id + "/co-signatures", Map.of("accept", true)));
        }
        return id;
    }

    JsonNode dossier(String login, long id) throws Exception {
        return api.read(api.get(login, "/api/motions/" + id));
    }

    String motionStatus(long id) throws Exception {
        return dossier("staff1", id).get("motion").get("status").asText();
    }

    @Test
    void a_deputy_lists_own_motions_with_a_new_motion_button_and_staff_see_all_without_it() throws Exception {
        long mine = submitByApi("deputy030", "关于列表的议案" + run, coSigners(31, 2));
        long other = submitByApi("deputy040", "别人的议案" + run, coSigners(41, 2));
        mvc.perform(get("/motions").with(as("deputy030")))
                .andExpect(status().isOk())
                .andExpect(view().name("motion/list"))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"motion-new-button\""),
                                containsString("data-motion-id=\"" + mine + "\""),
                                containsString("id=\"motion-tasks\""),
                                not(containsString("别人的议案" + run)))));
        mvc.perform(get("/motions").param("q", "别人的议案" + run).with(as("staff1")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-motion-id=\"" + other + "\""),
                                not(containsString("motion-new-button")))));
        // an invited co-signer sees the invitation among the tasks
        mvc.perform(get("/motions").with(as("deputy031")))
                .andExpect(content().string(containsString("data-motion-id=\"" + mine + "\"")));
    }

    @Test
    void staff_and_the_council_see_this_years_motion_counts_and_deputies_do_not() throws Exception {
        submitByApi("deputy032", "关于统计的议案" + run, coSigners(33, 2));
        long submitted = api.read(api.get("staff1", "/api/stats/motions"))
                .get("submitted")
                .asLong();
        long converted = api.read(api.get("staff1", "/api/stats/motions"))
                .get("converted")
                .asLong();
        for (String login : new String[] {"staff1", "council1"}) {
            mvc.perform(get("/motions").with(as(login)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("id=\"motion-statistics\""),
                                    containsString("data-testid=\"motion-stats-submitted\">" + submitted + "<"),
                                    containsString("data-testid=\"motion-stats-converted\">" + converted + "<"))));
        }
        mvc.perform(get("/motions").with(as("deputy032")))
                .andExpect(content().string(not(containsString("motion-statistics"))));
    }

    @Test
    void a_deputy_cannot_see_another_deputys_motion_and_departments_have_no_motions() throws Exception {
        long id = submitByApi("deputy042", "看不见的议案" + run, coSigners(43, 2));
        mvc.perform(get("/motions/" + id).with(as("deputy050")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"))
                .andExpect(content().string(not(containsString("看不见的议案"))));
        mvc.perform(get("/motions").with(as("dept01-handler")))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        mvc.perform(get("/motions/new").with(as("staff1"))).andExpect(status().isForbidden());
        mvc.perform(get("/motions/999999").with(as("staff1"))).andExpect(status().isNotFound());
    }

    @Test
    void the_form_shows_errors_next_to_the_fields_and_saves_nothing() throws Exception {
        String title = "缺少案由的议案" + run;
        mvc.perform(post("/motions/new")
                        .with(as("deputy051"))
                        .with(csrf())
                        .param("title", title)
                        .param("reason", "")
                        .param("basis", "案据")
                        .param("proposal", "方案")
                        .param("period", "SESSION")
                        .param("coSignerIds", String.valueOf(api.deputyId("deputy052"))))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("motion/form"))
                .andExpect(model().attributeHasFieldErrors("motionForm", "reason"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"reason-error\""),
                                containsString("案由不能为空"),
                                containsString("value=\"" + title + "\""))));
        mvc.perform(post("/motions/new")
                        .with(as("deputy051"))
                        .with(csrf())
                        .param("title", title)
                        .param("reason", "案由")
                        .param("basis", "案据")
                        .param("proposal", "方案")
                        .param("period", "SESSION"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("motionForm", "coSignerIds"))
                .andExpect(content().string(containsString("id=\"coSignerIds-error\"")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motion WHERE title = ?", Integer.class, title))
                .isZero();
    }

    @Test
    void the_co_signer_picker_finds_and_adds_deputies_and_the_motion_is_submitted() throws Exception {
        long coSigner = api.deputyId("deputy053");
        String name = jdbc.queryForObject("SELECT name FROM deputy WHERE id = ?", String.class, coSigner);
        String title = "关于联名的议案" + run;
        mvc.perform(post("/motions/new")
                        .with(as("deputy054"))
                        .with(csrf())
                        .param("title", title)
                        .param("deputyQuery", name)
                        .param("findDeputy", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"add-co-signer-" + coSigner + "\""),
                                containsString("value=\"" + title + "\""))));
        mvc.perform(post("/motions/new")
                        .with(as("deputy054"))
                        .with(csrf())
                        .param("title", title)
                        .param("addCoSigner", String.valueOf(coSigner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"co-signer-" + coSigner + "\"")));

        MvcResult result = mvc.perform(post("/motions/new")
                        .with(as("deputy054"))
                        .with(csrf())
                        .param("title", title)
                        .param("reason", "案由")
                        .param("basis", "案据")
                        .param("proposal", "方案")
                        .param("period", "RECESS")
                        .param("coSignerIds", String.valueOf(coSigner)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"))
                .andReturn();
        long id = jdbc.queryForObject("SELECT id FROM motion WHERE title = ?", Long.class, title);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/motions/" + id);
        JsonNode dossier = dossier("deputy054", id);
        assertThat(dossier.get("motion").get("status").asText()).isEqualTo("AWAITING_SIGNERS");
        assertThat(dossier.get("motion").get("period").asText()).isEqualTo("RECESS");
        assertThat(dossier.get("signers")).hasSize(2);
    }

    @Test
    void the_last_co_signer_confirms_on_the_page_and_the_motion_goes_to_the_form_check() throws Exception {
        List<String> nine = coSigners(60, 9);
        long id = submitByApi("deputy059", "关于附议的议案" + run, nine);
        for (String coSigner : nine.subList(0, 8)) {
            api.read(api.post(coSigner, "/api/motions/" + id + "/co-signatures", Map.of("accept", true)));
        }
        mvc.perform(get("/motions/" + id).with(as("deputy068")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"co-sign-accept-button\""),
                                containsString("id=\"motion-signers\""),
                                containsString("id=\"motion-timeline\""))));
        mvc.perform(get("/motions/" + id).with(as("deputy059")))
                .andExpect(content().string(not(containsString("co-sign-accept-button"))));

        mvc.perform(post("/motions/" + id + "/co-signature")
                        .with(as("deputy068"))
                        .with(csrf())
                        .param("accept", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/motions/" + id))
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("FORM_CHECK");

        // answering twice is a conflict, shown as the 409 page
        mvc.perform(post("/motions/" + id + "/co-signature")
                        .with(as("deputy068"))
                        .with(csrf())
                        .param("accept", "false"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error"));
    }

    @Test
    void staff_check_the_form_and_a_return_needs_a_reason() throws Exception {
        long id = signed("deputy070", "关于审查的议案" + run, 71);
        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"motion-review-form\""),
                                containsString("data-testid=\"review-pass-button\""),
                                not(containsString("motion-decision-form")))));

        mvc.perform(post("/motions/" + id + "/review")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("accept", "false")
                        .param("comment", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(motionStatus(id)).isEqualTo("FORM_CHECK");

        mvc.perform(post("/motions/" + id + "/review")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("accept", "true")
                        .param("comment", "格式齐全"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("AWAITING_DECISION");

        mvc.perform(post("/motions/" + id + "/review")
                        .with(as("council1"))
                        .with(csrf())
                        .param("accept", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_council_refers_to_a_committee_and_staff_record_its_report() throws Exception {
        long id = signed("deputy080", "关于委员会审议的议案" + run, 81);
        api.read(api.post("staff1", "/api/motions/" + id + "/review", Map.of("accept", true)));

        mvc.perform(get("/motions/" + id).with(as("council1")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"motion-decision-form\""),
                                containsString("data-testid=\"outcome-REFER_TO_COMMITTEE\""))));
        // a referral names its committee
        mvc.perform(post("/motions/" + id + "/decision")
                        .with(as("council1"))
                        .with(csrf())
                        .param("outcome", "REFER_TO_COMMITTEE")
                        .param("committee", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(motionStatus(id)).isEqualTo("AWAITING_DECISION");
        mvc.perform(post("/motions/" + id + "/decision")
                        .with(as("council1"))
                        .with(csrf())
                        .param("outcome", "REFER_TO_COMMITTEE")
                        .param("committee", "法制委员会")
                        .param("comment", "交付审议"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("REFERRED");
        assertThat(dossier("staff1", id).get("motion").get("committee").asText())
                .isEqualTo("法制委员会");

        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content().string(containsString("id=\"motion-report-form\"")));
        // without the committee's recommendation nothing is recorded
        mvc.perform(post("/motions/" + id + "/committee-report")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("report", "建议列入下次会议议程"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(motionStatus(id)).isEqualTo("REFERRED");
        mvc.perform(post("/motions/" + id + "/committee-report")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("report", "建议列入下次会议议程")
                        .param("recommendation", "PUT_ON_AGENDA"))
                .andExpect(status().is3xxRedirection());
        assertThat(motionStatus(id)).isEqualTo("COMMITTEE_REPORTED");
        mvc.perform(get("/motions/" + id).with(as("deputy080")))
                .andExpect(content()
                        .string(allOf(
                                containsString("建议列入下次会议议程"),
                                containsString("id=\"motion-recommendation\""),
                                not(containsString("motion-report-form")),
                                not(containsString("motion-second-decision-form")))));
    }

    @Test
    void after_the_report_the_council_lists_it_staff_record_the_meeting_and_the_implementation() throws Exception {
        long id = signed("deputy082", "关于审议后实施的议案" + run, 83);
        api.read(api.post("staff1", "/api/motions/" + id + "/review", Map.of("accept", true)));
        api.read(api.post(
                "council1",
                "/api/motions/" + id + "/decision",
                Map.of("outcome", "REFER_TO_COMMITTEE", "committee", "法制委员会")));
        api.read(api.post(
                "staff1",
                "/api/motions/" + id + "/committee-report",
                Map.of("report", "建议提请常委会会议审议", "recommendation", "PUT_ON_AGENDA")));

        mvc.perform(get("/motions/" + id).with(as("council1")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"motion-second-decision-form\""),
                                containsString("专门委员会建议：提请常委会会议审议"),
                                containsString("data-testid=\"second-decision-NOT_LISTED\""))));
        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content().string(not(containsString("motion-second-decision-form"))));
        mvc.perform(post("/motions/" + id + "/second-decision")
                        .with(as("council1"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/motions/" + id + "/second-decision")
                        .with(as("council1"))
                        .with(csrf())
                        .param("decision", "PUT_ON_AGENDA")
                        .param("comment", "提请第二十次会议审议"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("ON_AGENDA");

        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"motion-meeting-form\""),
                                containsString("data-testid=\"meeting-outcome-ADOPTED_DECISION\""))));
        mvc.perform(post("/motions/" + id + "/meeting-outcome")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("meetingDate", "2026-13-01")
                        .param("meetingNumber", "第二十次会议")
                        .param("outcome", "ADOPTED_DECISION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(motionStatus(id)).isEqualTo("ON_AGENDA");
        mvc.perform(post("/motions/" + id + "/meeting-outcome")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("meetingDate", today)
                        .param("meetingNumber", "市十六届人大常委会第二十次会议")
                        .param("outcome", "ADOPTED_DECISION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("IMPLEMENTING");

        mvc.perform(get("/motions/" + id).with(as("deputy082")))
                .andExpect(content()
                        .string(allOf(
                                containsString("市十六届人大常委会第二十次会议"),
                                containsString("通过为决议、决定"),
                                containsString("id=\"motion-implementation-due\""),
                                not(containsString("motion-implementation-form")))));
        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content().string(containsString("id=\"motion-implementation-form\"")));
        mvc.perform(post("/motions/" + id + "/implementation-report")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("report", "决定已落实"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(motionStatus(id)).isEqualTo("IMPLEMENTED");
        assertThat(dossier("deputy082", id)
                        .get("deliberation")
                        .get("implementationReport")
                        .asText())
                .isEqualTo("决定已落实");
    }

    @Test
    void an_unlisted_motion_is_converted_on_its_page_and_links_to_the_suggestion() throws Exception {
        long id = signed("deputy090", "关于转建议的议案" + run, 91);
        api.read(api.post("staff1", "/api/motions/" + id + "/review", Map.of("accept", true)));
        mvc.perform(post("/motions/" + id + "/decision")
                        .with(as("council1"))
                        .with(csrf())
                        .param("outcome", "NOT_LISTED")
                        .param("comment", "不列入本次会议议程"))
                .andExpect(status().is3xxRedirection());
        assertThat(motionStatus(id)).isEqualTo("NOT_LISTED");

        mvc.perform(get("/motions/" + id).with(as("staff1")))
                .andExpect(content().string(containsString("data-testid=\"conversion-button\"")));
        mvc.perform(get("/motions/" + id).with(as("deputy090")))
                .andExpect(content().string(not(containsString("conversion-button"))));
        mvc.perform(post("/motions/" + id + "/conversion").with(as("deputy090")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/motions/" + id + "/conversion").with(as("staff1")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        JsonNode motion = dossier("staff1", id).get("motion");
        assertThat(motion.get("status").asText()).isEqualTo("CONVERTED");
        long suggestion = motion.get("convertedSuggestionId").asLong();
        assertThat(api.dossier("deputy090", suggestion).toString()).contains("关于转建议的议案" + run);
        mvc.perform(get("/motions/" + id).with(as("deputy090")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"motion-suggestion-link\""),
                                containsString("href=\"/suggestions/" + suggestion + "\""))));
    }

    @Test
    void an_action_without_the_csrf_token_is_refused() throws Exception {
        long id = signed("deputy001", "关于令牌的议案" + run, 2);
        mvc.perform(post("/motions/" + id + "/review").with(as("staff1")).param("accept", "true"))
                .andExpect(status().isForbidden());
        assertThat(motionStatus(id)).isEqualTo("FORM_CHECK");
        String title = "无令牌的议案" + run;
        mvc.perform(post("/motions/new")
                        .with(as("deputy001"))
                        .param("title", title)
                        .param("reason", "案由")
                        .param("basis", "案据")
                        .param("proposal", "方案")
                        .param("period", "SESSION")
                        .param("coSignerIds", String.valueOf(api.deputyId("deputy002"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motion WHERE title = ?", Integer.class, title))
                .isZero();
    }
}
