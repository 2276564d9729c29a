package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.shared.SameMoment;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may do what in the supervision of a key suggestion, and what each step leaves behind. */
@DeputyFlowTest
class SupervisionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendar;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void only_the_supervising_leader_writes_instructions() throws Exception {
        long id = keySuggestion("督办：只有督办领导", "dept07");
        String other = councilMember();
        api.post(other, "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "越权的督办意见"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.post("staff1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "工作人员"))
                .andExpect(status().isForbidden());
        api.post("council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", " "))
                .andExpect(status().isBadRequest());
        api.post("council1", "/api/suggestions/987654321/supervision/instructions", Map.of("content", "不存在"))
                .andExpect(status().isNotFound());
        assertThat(instructions(id)).isZero();

        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        api.read(api.post(
                "council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "请加快办理")));
        audit.exactlyOne(mark, "supervision.instruct", "suggestion", id, "council1", "SUCCESS");
        assertThat(instructions(id)).isOne();
        // every council member reads it, as staff and admins do; a department does not read the page
        assertThat(api.read(api.get(other, "/api/suggestions/" + id + "/supervision"))
                        .get("instructions"))
                .hasSize(1);
        api.get("dept07-handler", "/api/suggestions/" + id + "/supervision").andExpect(status().isForbidden());
    }

    @Test
    void the_leader_sees_each_department_with_its_clock() throws Exception {
        long id = keySuggestion("督办：每个单位的期限", "dept08");
        JsonNode page = api.read(api.get("council1", "/api/key-suggestions/supervised?size=200"));
        JsonNode mine = find(page, id);
        JsonNode department = mine.get("departments").get(0);
        assertThat(department.get("departmentName").asText()).isEqualTo(name("dept08"));
        assertThat(department.get("role").asText()).isEqualTo("LEAD");
        LocalDate due = LocalDate.parse(department.get("due").asText());
        assertThat(department.get("daysLeft").asInt()).isEqualTo(calendar.daysBetween(calendar.today(), due));
        String other = councilMember();
        assertThat(find(api.read(api.get(other, "/api/key-suggestions/supervised?size=200")), id))
                .isNull();
    }

    @Test
    void visits_and_meetings_are_recorded_after_they_took_place() throws Exception {
        long id = keySuggestion("督办：面商座谈", "dept09");
        String path = "/api/suggestions/" + id + "/supervision/activities";
        Map<String, Object> meeting = Map.of(
                "kind",
                "MEETING",
                "heldOn",
                calendar.today().toString(),
                "place",
                "常委会会议室",
                "participants",
                "领衔代表、市住建局",
                "summary",
                "商定分两期实施");
        api.post("dept09-handler", path, meeting).andExpect(status().isForbidden());
        api.post(
                        "staff1",
                        path,
                        Map.of(
                                "kind",
                                "VISIT",
                                "heldOn",
                                calendar.today().plusDays(1).toString(),
                                "participants",
                                "代表",
                                "summary",
                                "未来的调研"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
        api.post(
                        "staff1",
                        path,
                        Map.of(
                                "kind",
                                "PARTY",
                                "heldOn",
                                calendar.today().toString(),
                                "participants",
                                "代表",
                                "summary",
                                "无此形式"))
                .andExpect(status().isBadRequest());
        api.post(councilMember(), path, meeting).andExpect(status().isForbidden());

        api.read(api.post("council1", path, meeting));
        api.read(api.post(
                "staff1",
                path,
                Map.of(
                        "kind",
                        "VISIT",
                        "heldOn",
                        calendar.today().minusDays(3).toString(),
                        "participants",
                        "督办领导、市住建局",
                        "summary",
                        "现场查看")));
        JsonNode activities = api.read(api.get("staff1", "/api/suggestions/" + id + "/supervision"))
                .get("activities");
        assertThat(activities.findValuesAsText("kind")).containsExactly("MEETING", "VISIT");
        assertThat(activities.get(0).get("recordedBy").asText()).isEqualTo("council1");
    }

    @Test
    void staff_approve_the_progress_sentence_that_the_disclosure_publishes() throws Exception {
        long id = keySuggestion("督办：进展说明", "dept10");
        String path = "/api/suggestions/" + id + "/supervision/progress";
        api.post("staff1", path + "/approval", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.supervision.progress.noDraft"))
                .andExpect(jsonPath("$.detail").value("没有待审定的进展说明"));
        api.put("dept10-handler", path, Map.of("text", "单位自己写的")).andExpect(status().isForbidden());
        api.put("staff1", path, Map.of("text", "")).andExpect(status().isBadRequest());

        JsonNode drafted = api.read(api.put("council1", path, Map.of("text", "已完成方案论证，正在招标")));
        assertThat(drafted.get("draft").asText()).isEqualTo("已完成方案论证，正在招标");
        assertThat(drafted.hasNonNull("approved")).isFalse();
        api.post("council1", path + "/approval", null).andExpect(status().isForbidden());

        JsonNode approved = api.read(api.post("staff1", path + "/approval", null));
        assertThat(approved.get("approved").asText()).isEqualTo("已完成方案论证，正在招标");
        assertThat(approved.hasNonNull("draft")).isFalse();
        api.post("staff1", path + "/approval", null).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "SELECT progress_approved_by FROM key_suggestion WHERE suggestion_id = ?", String.class, id))
                .isEqualTo("staff1");
        // the same sentence again is no new draft
        api.put("staff1", path, Map.of("text", "已完成方案论证，正在招标")).andExpect(status().isConflict());
    }

    @Test
    void a_department_lists_its_own_instructions_open_first() throws Exception {
        long id = keySuggestion("督办：本单位的督办意见", "dept11");
        api.read(
                api.post("council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "第一条")));
        api.read(
                api.post("council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "第二条")));
        JsonNode list = api.read(api.get("dept11-handler", "/api/supervision/instructions?size=200"));
        List<JsonNode> mine = list.get("items").findParents("recipientId").stream()
                .filter(i -> i.get("suggestionId").asLong() == id)
                .toList();
        assertThat(mine).extracting(i -> i.get("content").asText()).containsExactly("第二条", "第一条");
        long first = mine.get(1).get("recipientId").asLong();
        api.read(api.post(
                "dept11-handler",
                "/api/suggestions/" + id + "/supervision/acknowledgements",
                Map.of("recipientId", first)));
        JsonNode open = api.read(api.get("dept11-leader", "/api/supervision/instructions?open=true&size=200"));
        assertThat(open.get("items").findParents("recipientId").stream()
                        .filter(i -> i.get("suggestionId").asLong() == id)
                        .map(i -> i.get("content").asText()))
                .containsExactly("第二条");
        JsonNode others = api.read(api.get("dept12-handler", "/api/supervision/instructions?size=200"));
        assertThat(others.get("items").findValuesAsText("suggestionId")).doesNotContain(String.valueOf(id));
        api.post("dept11-handler", "/api/suggestions/" + id + "/supervision/acknowledgements", Map.of())
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_handler_and_a_leader_acknowledging_at_once_one_wins_and_the_other_is_told() throws Exception {
        long id = keySuggestion("督办：同时签收", "dept17");
        long recipient = api.read(api.post(
                        "council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "请同时签收")))
                .get("recipients")
                .get(0)
                .get("id")
                .asLong();
        List<Integer> answers = SameMoment.run(List.of(
                () -> acknowledgeStatus("dept17-handler", id, recipient),
                () -> acknowledgeStatus("dept17-leader", id, recipient)));
        assertThat(answers).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM supervision_recipient WHERE id = ?" + " AND acknowledged_at IS NOT NULL",
                        Long.class,
                        recipient))
                .isOne();
        assertThat(api.notifications("council1", id, "SUPERVISION")).isOne();
    }

    private int acknowledgeStatus(String login, long id, long recipient) throws Exception {
        return api.post(
                        login,
                        "/api/suggestions/" + id + "/supervision/acknowledgements",
                        Map.of("recipientId", recipient))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long keySuggestion(String title, String lead) throws Exception {
        long id = api.submit("deputy032", title);
        api.accept(id);
        api.assign(id, List.of(lead), List.of());
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
        return id;
    }

    /** Another council member, with the demo password. */
    private String councilMember() {
        String login = "council-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO app_user (login, display_name, password_hash, active) SELECT ?, '主任会议 另一位',"
                        + " password_hash, TRUE FROM app_user WHERE login = 'council1'",
                login);
        jdbc.update("INSERT INTO user_role (user_id, role) SELECT id, 'COUNCIL' FROM app_user WHERE login = ?", login);
        return login;
    }

    private long instructions(long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM supervision_instruction i JOIN key_suggestion k"
                        + " ON k.id = i.key_suggestion_id WHERE k.suggestion_id = ?",
                Long.class,
                id);
    }

    private static JsonNode find(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("suggestionId").asLong() == id) {
                return item;
            }
        }
        return null;
    }

    private String name(String code) {
        return jdbc.queryForObject("SELECT name FROM department WHERE code = ?", String.class, code);
    }
}
