package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A timeline line the system words is kept in the office's language and as its codes, and each reader reads it
 * in their own; what a person typed reads as typed in every language.
 */
@DeputyFlowTest
class TimelineLanguageTests {

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

    static String comment(JsonNode dossier, String action) {
        for (JsonNode line : dossier.get("timeline")) {
            if (line.get("action").asText().equals(action)) {
                return line.path("comment").asText(null);
            }
        }
        throw new AssertionError("no " + action + " line in " + dossier.get("timeline"));
    }

    @Test
    void a_worded_line_reads_in_the_readers_language_and_is_stored_in_the_offices() throws Exception {
        long id = api.submit("deputy011", "时间线语言测试");
        api.accept(id);
        api.assign(id, List.of("dept02"), List.of());
        api.claim("dept02-handler", id);
        api.contact("dept02-handler", id);
        api.read(api.reply("dept02-handler", id, "A"));

        assertThat(comment(api.dossier("staff1", id), "REPLY_SUBMITTED")).isEqualTo("A 类");
        JsonNode english = api.read(mvc.perform(MockMvcRequestBuilders.get("/api/suggestions/" + id)
                .header("Accept-Language", "en")
                .with(httpBasic("staff1", "demo"))));
        assertThat(comment(english, "REPLY_SUBMITTED")).isEqualTo("Class A");
        assertThat(english.at("/timeline/0/commentTexts").isMissingNode())
                .as("the codes are not shown")
                .isTrue();

        assertThat(jdbc.queryForObject(
                        "SELECT comment FROM timeline_event WHERE suggestion_id = ? AND action = ?",
                        String.class,
                        id,
                        "REPLY_SUBMITTED"))
                .isEqualTo("A 类");
        assertThat(jdbc.queryForObject(
                        "SELECT comment_texts FROM timeline_event WHERE suggestion_id = ? AND action = ?",
                        String.class,
                        id,
                        "REPLY_SUBMITTED"))
                .contains("text.suggestion.line.resultClass");
    }
}
