package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The council's decision and the standing committee's deliberation of a motion refer to meetings:
 * a meeting of the wrong kind or none at all is refused and changes nothing, the meeting's date wins
 * over a typed one, and a meeting a decision refers to is no longer edited.
 */
@DeputyFlowTest
class MotionMeetingsTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    MotionApi api;

    @BeforeEach
    void setUp() {
        api = new MotionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_decision_and_the_deliberation_refer_to_meetings_of_their_kind() throws Exception {
        clock.set(LocalDateTime.parse("2026-09-18T10:00").atZone(SHANGHAI).toInstant());
        long council = meeting("CHAIRPERSONS_COUNCIL", "2026-09-18");
        long committee = meeting("STANDING_COMMITTEE", "2026-09-18");
        long id = api.signed("deputy081", "关于制定电动自行车管理条例的议案", 82);
        api.review(id, true, null);

        // a standing committee meeting does not decide on motions; an unknown meeting is no meeting
        decide(id, committee)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.meetingId").exists());
        decide(id, 999_999_999L)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.meetingId").exists());
        assertThat(api.status(id)).isEqualTo("AWAITING_DECISION");
        assertThat(jdbc.queryForObject("SELECT decision_meeting_id FROM motion WHERE id = ?", Long.class, id))
                .isNull();

        decide(id, council).andExpect(status().isOk());
        assertThat(api.status(id)).isEqualTo("ON_AGENDA");
        assertThat(jdbc.queryForObject("SELECT decision_meeting_id FROM motion WHERE id = ?", Long.class, id))
                .isEqualTo(council);

        // the deliberation needs a standing committee meeting
        deliberate(id, council, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.meetingId").exists());
        assertThat(api.status(id)).isEqualTo("ON_AGENDA");
        // the meeting's date and number win over what was typed (a date before the decision, refused on its own)
        deliberate(id, committee, "2026-09-17").andExpect(status().isOk());
        JsonNode deliberation = api.dossier("staff1", id).get("deliberation");
        assertThat(deliberation.get("meetingDate").asText()).isEqualTo("2026-09-18");
        assertThat(deliberation.get("meetingNumber").asText()).startsWith("常委会会议第十六届");
        assertThat(jdbc.queryForObject("SELECT meeting_id FROM motion WHERE id = ?", Long.class, id))
                .isEqualTo(committee);

        // both meetings now carry a decision: they are no longer edited, and they list the motion
        for (long meeting : new long[] {council, committee}) {
            api.http
                    .put(
                            "staff1",
                            "/api/meetings/" + meeting,
                            Map.of("kind", "PEOPLES_CONGRESS", "number", "改动" + meeting, "heldOn", "2026-09-01"))
                    .andExpect(status().isConflict());
            assertThat(jdbc.queryForObject("SELECT kind FROM meeting WHERE id = ?", String.class, meeting))
                    .isNotEqualTo("PEOPLES_CONGRESS");
        }
        String number = jdbc.queryForObject("SELECT serial_no FROM motion WHERE id = ?", String.class, id);
        JsonNode atCouncil = api.http.read(api.http.get("council1", "/api/meetings/" + council + "/decisions"));
        assertThat(atCouncil.get("decisions").findValuesAsText("number")).containsExactly(number);
        assertThat(atCouncil.get("decisions").get(0).get("kind").asText()).isEqualTo("MOTION_DECISION");
        assertThat(atCouncil.get("decisions").get(0).get("outcome").asText()).isEqualTo("PUT_ON_AGENDA");
        JsonNode atCommittee = api.http.read(api.http.get("council1", "/api/meetings/" + committee + "/decisions"));
        assertThat(atCommittee.get("decisions").get(0).get("kind").asText()).isEqualTo("MOTION_DELIBERATION");
        assertThat(atCommittee.get("decisions").get(0).get("outcome").asText()).isEqualTo("FURTHER_STUDY");
    }

    long meeting(String kind, String heldOn) throws Exception {
        return api.http
                .read(api.http.post(
                        "staff1",
                        "/api/meetings",
                        Map.of("kind", kind, "number", "第十六届第" + System.nanoTime() + "次", "heldOn", heldOn)))
                .get("id")
                .asLong();
    }

    org.springframework.test.web.servlet.ResultActions decide(long id, long meetingId) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", "PUT_ON_AGENDA");
        body.put("meetingId", meetingId);
        return api.http.post("council1", "/api/motions/" + id + "/decision", body);
    }

    org.springframework.test.web.servlet.ResultActions deliberate(long id, long meetingId, String typedDate)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingId", meetingId);
        body.put("meetingDate", typedDate);
        body.put("outcome", "FURTHER_STUDY");
        return api.http.post("staff1", "/api/motions/" + id + "/meeting-outcome", body);
    }
}
