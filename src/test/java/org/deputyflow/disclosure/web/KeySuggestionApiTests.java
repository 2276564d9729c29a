package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@DeputyFlowTest
class KeySuggestionApiTests {

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
    void the_council_designates_a_key_suggestion_and_the_list_shows_its_lead_department_due_date_and_progress()
            throws Exception {
        long id = api.submit("deputy011", "重点建议：老旧小区加装电梯");
        api.accept(id);
        api.assign(id, List.of("dept05"), List.of());

        JsonNode created = api.read(api.post(
                "council1",
                "/api/key-suggestions",
                Map.of("suggestionId", id, "supervisingLeader", "council1", "note", "主任会议确定")));
        assertThat(created.get("suggestionId").asLong()).isEqualTo(id);
        assertThat(created.get("leadDepartment").asText()).isEqualTo("市经济和信息化局");
        assertThat(created.get("replyDue").asText()).isNotBlank();
        assertThat(created.get("progress").asText()).isEqualTo("办理中");

        JsonNode page = api.read(api.get("staff1", "/api/key-suggestions?size=200"));
        assertThat(page.get("items").findValuesAsText("suggestionId")).contains(String.valueOf(id));
    }

    @Test
    void designating_twice_is_a_conflict_and_the_leader_must_be_a_council_member() throws Exception {
        long id = api.submit("deputy012", "重点建议：社区养老服务");
        api.accept(id);
        api.post("council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "staff1"))
                .andExpect(status().isBadRequest());
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
        api.post("council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1"))
                .andExpect(status().isConflict());
    }

    @Test
    void only_the_council_designates_and_unknown_suggestions_are_not_found() throws Exception {
        api.post("staff1", "/api/key-suggestions", Map.of("suggestionId", 1, "supervisingLeader", "council1"))
                .andExpect(status().isForbidden());
        api.post(
                        "council1",
                        "/api/key-suggestions",
                        Map.of("suggestionId", 987654321L, "supervisingLeader", "council1"))
                .andExpect(status().isNotFound());
    }
}
