package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/suggestions/{id}: each reader gets only the timeline lines and comments, disputes,
 * drafts, urges and extension reasons they may read; the timeline never repeats what the records hide.
 */
@DeputyFlowTest
class TimelineVisibilityTests {

    static final String LEAD_UNIT = "dept14";
    static final String CO_UNIT = "dept16";
    static final String UNRELATED = "dept30";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    TimelineScenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new SuggestionApi(mvc, json, jdbc);
        scenario = new TimelineScenario(api, "deputy008", "deputy009", LEAD_UNIT, CO_UNIT);
    }

    String body(String login) throws Exception {
        return api.get(login, "/api/suggestions/" + scenario.id)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    List<String> actions(String login) throws Exception {
        List<String> actions = new ArrayList<>();
        api.dossier(login, scenario.id)
                .get("timeline")
                .forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    @Test
    void deputies_read_no_dispute_draft_send_back_urge_or_extension_reason_anywhere_in_the_dossier() throws Exception {
        for (String deputy : List.of("deputy008", "deputy009")) {
            assertThat(body(deputy))
                    .as(deputy)
                    .doesNotContain(scenario.leadUnitWords())
                    .doesNotContain(scenario.coUnitWords());
            assertThat(actions(deputy))
                    .as(deputy)
                    .contains(
                            "SUBMITTED",
                            "ASSIGNED",
                            "CLAIMED",
                            "CONTACT_LOGGED",
                            "EXTENSION_REQUESTED",
                            "EXTENSION_REFUSED")
                    .doesNotContain("DISPUTED", "URGED", "REPLY_SUBMITTED", "REPLY_SENT_BACK");
            JsonNode dossier = api.dossier(deputy, scenario.id);
            assertThat(dossier.get("disputes")).isEmpty();
            assertThat(dossier.get("urges")).isEmpty();
            assertThat(dossier.get("replies")).isEmpty();
            JsonNode extension = dossier.get("extensions").get(0);
            assertThat(extension.get("months").asInt()).isEqualTo(1);
            assertThat(extension.get("approved").asBoolean()).isFalse();
            assertThat(extension.hasNonNull("reason")).isFalse();
            assertThat(extension.hasNonNull("decisionComment")).isFalse();
            for (JsonNode entry : dossier.get("timeline")) {
                if (entry.get("action").asText().startsWith("EXTENSION_RE")) {
                    assertThat(entry.hasNonNull("comment")).as(entry.toString()).isFalse();
                }
            }
        }
    }

    @Test
    void the_lead_unit_reads_its_own_urge_extension_drafts_and_send_back_but_not_the_co_units_dispute()
            throws Exception {
        for (String login : List.of(LEAD_UNIT + "-handler", LEAD_UNIT + "-leader")) {
            assertThat(body(login)).as(login).contains(scenario.leadUnitWords()).doesNotContain(scenario.coUnitWords());
            assertThat(actions(login))
                    .as(login)
                    .contains("URGED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED", "REPLY_SUBMITTED", "REPLY_SENT_BACK")
                    .doesNotContain("DISPUTED");
            JsonNode dossier = api.dossier(login, scenario.id);
            assertThat(dossier.get("disputes")).isEmpty();
            assertThat(dossier.get("urges")).hasSize(1);
            assertThat(dossier.get("replies")).hasSize(2);
        }
    }

    @Test
    void the_co_unit_reads_its_own_dispute_but_nothing_of_the_lead_units_drafts_urges_or_extension_reasons()
            throws Exception {
        for (String login : List.of(CO_UNIT + "-handler", CO_UNIT + "-leader")) {
            assertThat(body(login)).as(login).contains(scenario.coUnitWords()).doesNotContain(scenario.leadUnitWords());
            assertThat(actions(login))
                    .as(login)
                    .contains("DISPUTED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED")
                    .doesNotContain("URGED", "REPLY_SUBMITTED", "REPLY_SENT_BACK");
            JsonNode dossier = api.dossier(login, scenario.id);
            assertThat(dossier.get("disputes")).hasSize(1);
            assertThat(dossier.get("urges")).isEmpty();
            assertThat(dossier.get("replies")).isEmpty();
            assertThat(dossier.get("extensions").get(0).hasNonNull("reason")).isFalse();
        }
    }

    @Test
    void staff_council_and_admins_read_every_line_and_comment() throws Exception {
        for (String login : List.of("staff1", "council1", "admin")) {
            assertThat(body(login)).as(login).contains(scenario.leadUnitWords()).contains(scenario.coUnitWords());
            assertThat(actions(login))
                    .as(login)
                    .contains(
                            "DISPUTED",
                            "URGED",
                            "EXTENSION_REQUESTED",
                            "EXTENSION_REFUSED",
                            "REPLY_SUBMITTED",
                            "REPLY_SENT_BACK");
        }
    }

    @Test
    void a_department_not_assigned_reads_nothing() throws Exception {
        for (String login : List.of(UNRELATED + "-handler", UNRELATED + "-leader")) {
            String body = api.get(login, "/api/suggestions/" + scenario.id)
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(scenario.leadUnitWords()).doesNotContain(scenario.coUnitWords());
        }
    }
}
