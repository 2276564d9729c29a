package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/disclosures/{id}} lists what the caller may do with the disclosure now. */
@DeputyFlowTest
class DisclosureControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void each_reader_sees_the_actions_open_to_them_at_each_step() throws Exception {
        long id = api.read(api.post("staff1", "/api/disclosures", Map.of("year", 2005, "quarter", 1)))
                .at("/disclosure/id")
                .asLong();
        assertThat(allowed("staff1", id)).containsExactly("REVIEW");
        assertThat(allowed("council1", id)).isEmpty();
        assertThat(allowed("admin", id)).isEmpty();

        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of()));
        assertThat(allowed("staff1", id)).isEmpty();
        assertThat(allowed("council1", id)).containsExactly("APPROVE", "SEND_BACK");
        assertThat(allowed("admin", id)).isEmpty();

        long meeting = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 2, 3));
        api.read(api.post(
                "council1", "/api/disclosures/" + id + "/approval", Map.of("approve", true, "meetingId", meeting)));
        assertThat(allowed("staff1", id)).containsExactly("CORRECT");
        assertThat(allowed("council1", id)).isEmpty();

        JsonNode view = api.read(api.get("staff1", "/api/disclosures/" + id));
        assertThat(view.at("/disclosure/state").asText()).isEqualTo("PUBLISHED");
        assertThat(view.has("keyLines")).isTrue();
        assertThat(view.has("departmentLines")).isTrue();
    }

    private List<String> allowed(String login, long id) throws Exception {
        List<String> names = new ArrayList<>();
        api.read(api.get(login, "/api/disclosures/" + id)).at("/allowedActions").forEach(n -> names.add(n.asText()));
        return names;
    }
}
