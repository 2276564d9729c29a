package org.deputyflow.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff's meetings page and its forms, the council's decisions by meeting (on hand-made
 * motion rows and a key suggestion designated at a meeting), and the designation's meeting check.
 */
@DeputyFlowTest
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void staff_add_a_meeting_with_the_form_and_find_it_in_the_list() throws Exception {
        String number = MeetingApiTests.unique("第十六届页面第");
        mvc.perform(post("/staff/meetings")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("kind", "STANDING_COMMITTEE")
                        .param("number", number)
                        .param("heldOn", "2012-04-01")
                        .param("title", "页面登记的会议"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/meetings"));
        long id = jdbc.queryForObject("SELECT id FROM meeting WHERE number = ?", Long.class, number);
        assertThat(jdbc.queryForObject("SELECT kind FROM meeting WHERE id = ?", String.class, id))
                .isEqualTo("STANDING_COMMITTEE");
        mvc.perform(get("/staff/meetings")
                        .param("kind", "STANDING_COMMITTEE")
                        .param("year", "2012")
                        .param("size", "200")
                        .with(as("staff1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-meeting-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("常委会会议")));
        // the same number again: the form comes back with the reason, nothing is written
        mvc.perform(post("/staff/meetings")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("kind", "STANDING_COMMITTEE")
                        .param("number", number)
                        .param("heldOn", "2012-04-02"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("已经登记过")));
        mvc.perform(post("/staff/meetings")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("kind", "STANDING_COMMITTEE")
                        .param("number", "")
                        .param("heldOn", "2012-04-02"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"number-error\"")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE number = ?", Long.class, number))
                .isOne();

        mvc.perform(get("/staff/meetings/" + id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(post("/staff/meetings/" + id)
                        .with(as("staff1"))
                        .with(csrf())
                        .param("kind", "STANDING_COMMITTEE")
                        .param("number", number)
                        .param("heldOn", "2012-04-03"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT held_on FROM meeting WHERE id = ?", java.time.LocalDate.class, id))
                .isEqualTo("2012-04-03");
        mvc.perform(get("/staff/meetings").with(as("council1"))).andExpect(status().isForbidden());
    }

    @Test
    void the_council_page_lists_what_each_meeting_decided() throws Exception {
        long council = create("CHAIRPERSONS_COUNCIL", "2013-06-03");
        long committee = create("STANDING_COMMITTEE", "2013-06-20");
        long quiet = create("PEOPLES_CONGRESS", "2013-01-10");
        long deputy = api.deputyId("deputy001");
        String first = "MH" + System.nanoTime() % 10_000_000_000L;
        String second = "MK" + System.nanoTime() % 10_000_000_000L;
        long decided = motion(first, "关于会议决定的手工议案", deputy);
        long deliberated = motion(second, "关于会议审议的手工议案", deputy);
        jdbc.update(
                "UPDATE motion SET outcome = 'PUT_ON_AGENDA', decided_at = ?, decision_meeting_id = ? WHERE id = ?",
                Instant.parse("2013-06-03T02:00:00Z"),
                council,
                decided);
        jdbc.update(
                "UPDATE motion SET outcome = 'REFER_TO_COMMITTEE', decided_at = ?, decision_meeting_id = ?,"
                        + " second_decision = 'PUT_ON_AGENDA', second_decided_at = ?, second_decision_meeting_id = ?,"
                        + " meeting_outcome = 'ADOPTED_LAW', meeting_recorded_at = ?, meeting_id = ? WHERE id = ?",
                Instant.parse("2013-06-03T03:00:00Z"),
                council,
                Instant.parse("2013-06-03T04:00:00Z"),
                council,
                Instant.parse("2013-06-20T04:00:00Z"),
                committee,
                deliberated);

        JsonNode atCouncil = api.read(api.get("staff1", "/api/meetings/" + council + "/decisions"));
        assertThat(atCouncil.get("decisions").findValuesAsText("kind"))
                .containsExactly("MOTION_DECISION", "MOTION_DECISION", "MOTION_SECOND_DECISION");
        assertThat(atCouncil.get("decisions").findValuesAsText("number")).containsExactly(first, second, second);
        assertThat(atCouncil.get("decisions").findValuesAsText("outcome"))
                .containsExactly("PUT_ON_AGENDA", "REFER_TO_COMMITTEE", "PUT_ON_AGENDA");
        JsonNode atCommittee = api.read(api.get("council1", "/api/meetings/" + committee + "/decisions"));
        assertThat(atCommittee.get("decisions").findValuesAsText("kind")).containsExactly("MOTION_DELIBERATION");
        assertThat(atCommittee.get("decisions").get(0).get("link").asText()).isEqualTo("/motions/" + deliberated);
        assertThat(api.read(api.get("council1", "/api/meetings/" + quiet + "/decisions"))
                        .get("decisions"))
                .isEmpty();

        mvc.perform(get("/council/meetings")
                        .param("year", "2013")
                        .param("kind", "STANDING_COMMITTEE")
                        .with(as("council1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-meeting-id=\"" + committee + "\"")))
                .andExpect(content().string(not(containsString("data-meeting-id=\"" + council + "\""))))
                .andExpect(content().string(containsString("议案审议结果")))
                .andExpect(content().string(containsString("通过为地方性法规")))
                .andExpect(content().string(containsString(second)));
        mvc.perform(get("/council/meetings").with(as("deputy001"))).andExpect(status().isForbidden());
    }

    @Test
    void a_key_suggestion_is_designated_at_a_chairpersons_council_meeting() throws Exception {
        long council = create("CHAIRPERSONS_COUNCIL", "2014-03-03");
        long committee = create("STANDING_COMMITTEE", "2014-03-04");
        long suggestion = api.submit("deputy001", "关于在会议上确定重点建议的测试");
        api.accept(suggestion);

        designate(suggestion, committee)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.meetingId").exists());
        designate(suggestion, 999_999_999L).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM key_suggestion WHERE suggestion_id = ?", Long.class, suggestion))
                .isZero();

        designate(suggestion, council).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "SELECT meeting_id FROM key_suggestion WHERE suggestion_id = ?", Long.class, suggestion))
                .isEqualTo(council);
        String serial = jdbc.queryForObject("SELECT serial_no FROM suggestion WHERE id = ?", String.class, suggestion);
        JsonNode decisions = api.read(api.get("council1", "/api/meetings/" + council + "/decisions"));
        assertThat(decisions.get("decisions").findValuesAsText("kind")).containsExactly("KEY_SUGGESTION");
        assertThat(decisions.get("decisions").findValuesAsText("number")).containsExactly(serial);
        api.put(
                        "staff1",
                        "/api/meetings/" + council,
                        Map.of("kind", "CHAIRPERSONS_COUNCIL", "number", "改", "heldOn", "2014-03-05"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT held_on FROM meeting WHERE id = ?", java.time.LocalDate.class, council))
                .isEqualTo("2014-03-03");
        // the council's panel offers the meeting in its picker
        mvc.perform(get("/suggestions/" + suggestion + "/panels/council").with(as("council1")))
                .andExpect(status().isOk());
    }

    org.springframework.test.web.servlet.ResultActions designate(long suggestion, long meeting) throws Exception {
        return api.post(
                "council1",
                "/api/key-suggestions",
                Map.of("suggestionId", suggestion, "supervisingLeader", "council1", "meetingId", meeting));
    }

    long create(String kind, String heldOn) throws Exception {
        return api.read(api.post(
                        "staff1",
                        "/api/meetings",
                        Map.of("kind", kind, "number", MeetingApiTests.unique("第十六届"), "heldOn", heldOn)))
                .get("id")
                .asLong();
    }

    long motion(String serial, String title, long deputy) {
        jdbc.update(
                "INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,"
                        + " created_at, signing_due) VALUES (?, ?, '案由', '案据', '方案', 'SESSION', 'ON_AGENDA', ?, ?, ?)",
                serial,
                title,
                deputy,
                Instant.parse("2013-05-01T02:00:00Z"),
                java.time.LocalDate.of(2013, 5, 10));
        return jdbc.queryForObject("SELECT id FROM motion WHERE serial_no = ?", Long.class, serial);
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }
}
