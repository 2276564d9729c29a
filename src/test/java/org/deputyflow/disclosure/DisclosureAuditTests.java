package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Key suggestions, reply publications and the quarterly disclosure: each change is one audit line of
 * its actor, and a refused one is none.
 */
@DeputyFlowTest
class DisclosureAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    AuditLines audit;

    /** A meeting of the chairpersons' council, long held, at which the council decides. */
    long councilMeeting;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        audit = new AuditLines(jdbc);
        councilMeeting = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 1, 6));
    }

    @Test
    void a_quarterly_disclosure_from_start_to_correction_is_one_line_per_step() throws Exception {
        long mark = audit.mark();
        long id = api.read(api.post("staff1", "/api/disclosures", Map.of("year", 2004, "quarter", 2)))
                .get("disclosure")
                .get("id")
                .asLong();
        // the process builds the snapshot within the staff member's request
        assertThat(audit.since(mark, "disclosure", id))
                .extracting(line -> line.get("action"))
                .containsExactly("disclosure.build", "disclosure.start");
        assertThat(audit.exactlyOne(mark, "disclosure.start", "disclosure", id, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"quarter\":2,\"year\":2004}");
        audit.exactlyOne(mark, "disclosure.build", "disclosure", id, "staff1", AuditTrail.SUCCESS);

        mark = audit.mark();
        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of("commentary", "本季度说明")));
        assertThat(audit.exactlyOne(mark, "disclosure.review", "disclosure", id, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"commentaryLength\":5}");

        mark = audit.mark();
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of("approve", false, "comment", "请补充", "meetingId", councilMeeting)));
        audit.exactlyOne(mark, "disclosure.send-back", "disclosure", id, "council1", AuditTrail.SUCCESS);

        mark = audit.mark();
        api.post(
                        "council1",
                        "/api/disclosures/" + id + "/approval",
                        Map.of("approve", true, "meetingId", councilMeeting))
                .andExpect(status().isConflict());
        api.post("council1", "/api/disclosures", Map.of("year", 2004, "quarter", 2))
                .andExpect(status().isForbidden());
        api.post("staff1", "/api/disclosures", Map.of("year", 2004, "quarter", 2))
                .andExpect(status().isConflict());
        assertThat(audit.since(mark, "disclosure", id)).isEmpty();
        assertThat(audit.since(mark, "disclosure.start")).isEmpty();

        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of()));
        mark = audit.mark();
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of("approve", true, "meetingId", councilMeeting)));
        assertThat(audit.since(mark, "disclosure", id))
                .extracting(line -> line.get("action"))
                .containsExactly("disclosure.publish", "disclosure.approve");
        audit.exactlyOne(mark, "disclosure.approve", "disclosure", id, "council1", AuditTrail.SUCCESS);

        mark = audit.mark();
        long correction = api.read(api.post("staff1", "/api/disclosures/" + id + "/corrections", null))
                .get("disclosure")
                .get("id")
                .asLong();
        assertThat(audit.exactlyOne(mark, "disclosure.correct", "disclosure", correction, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"replaces\":" + id + "}");
    }

    @Test
    void designating_a_key_suggestion_is_one_line_of_the_council_member() throws Exception {
        long id = api.submit("deputy095", "审计测试：重点建议");
        api.accept(id);

        long mark = audit.mark();
        api.read(api.post(
                "council1",
                "/api/key-suggestions",
                Map.of("suggestionId", id, "supervisingLeader", "council1", "note", "督办")));
        assertThat(audit.since(mark, "suggestion", id))
                .extracting(line -> line.get("action"))
                .containsExactly("key-suggestion.designate");
        assertThat(audit.exactlyOne(mark, "key-suggestion.designate", "suggestion", id, "council1", AuditTrail.SUCCESS)
                        .get("details")
                        .toString())
                .contains("\"supervisingLeader\":\"council1\"");

        mark = audit.mark();
        api.post(
                        "council1",
                        "/api/key-suggestions",
                        Map.of("suggestionId", id, "supervisingLeader", "council1", "note", "再次"))
                .andExpect(status().isConflict());
        assertThat(audit.since(mark, "suggestion", id)).isEmpty();
    }

    @Test
    void marking_hiding_and_publishing_a_reply_are_lines_of_the_staff_member_without_the_replys_text()
            throws Exception {
        long id = api.submit("deputy095", "审计测试：答复公开");
        api.accept(id);
        api.assign(id, List.of("dept25"), List.of());
        api.handleAndReply("dept25", id, "A");
        long reply = jdbc.queryForObject(
                "SELECT r.id FROM reply r JOIN assignment a ON a.id = r.assignment_id " + "WHERE a.suggestion_id = ?",
                Long.class,
                id);

        long mark = audit.mark();
        mvc.perform(put("/api/replies/" + reply + "/redactions")
                        .with(httpBasic("staff1", "demo"))
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of("spans", List.of(Map.of("start", 0, "end", 3))))))
                .andExpect(status().isNoContent());
        assertThat(audit.exactlyOne(mark, "reply.mark", "reply", reply, "staff1", AuditTrail.SUCCESS)
                        .get("details"))
                .isEqualTo("{\"marks\":1}");

        mark = audit.mark();
        mvc.perform(post("/disclosures/replies/" + reply + "/marks")
                        .with(httpBasic("staff1", "demo"))
                        .with(csrf())
                        .param("passage", "具体情况如下"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> hide = audit.exactlyOne(mark, "reply.hide", "reply", reply, "staff1", AuditTrail.SUCCESS);
        assertThat(hide.get("details").toString())
                .contains("\"passageLength\":6")
                .doesNotContain("具体情况如下");

        mark = audit.mark();
        api.read(api.post("staff1", "/api/replies/" + reply + "/publication", null));
        audit.exactlyOne(mark, "reply.publish", "reply", reply, "staff1", AuditTrail.SUCCESS);

        mark = audit.mark();
        api.post("staff1", "/api/replies/" + reply + "/publication", null).andExpect(status().isNotFound());
        assertThat(audit.since(mark, "reply", reply)).isEmpty();
    }
}
