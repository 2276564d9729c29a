package org.deputyflow.suggestion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Drives the suggestion API as the demo users do, for lifecycle and rule tests. */
public class SuggestionApi {

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    public SuggestionApi(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    public ResultActions post(String login, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(httpBasic(login, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body == null ? Map.of() : body)));
    }

    public ResultActions put(String login, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path)
                .with(httpBasic(login, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    public ResultActions get(String login, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(login, "demo")));
    }

    public JsonNode read(ResultActions actions) throws Exception {
        MvcResult result = actions.andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (status >= 300) {
            throw new AssertionError("HTTP " + status + ": " + body);
        }
        return json.readTree(body);
    }

    public JsonNode dossier(String login, long id) throws Exception {
        return read(get(login, "/api/suggestions/" + id));
    }

    /** How many notifications of this kind about this suggestion the user has in the inbox. */
    public long notifications(String login, long suggestionId, String kind) throws Exception {
        JsonNode inbox = read(get(login, "/api/notifications?size=200"));
        long count = 0;
        for (JsonNode item : inbox.get("items")) {
            if (item.path("suggestionId").asLong() == suggestionId
                    && kind.equals(item.get("kind").asText())) {
                count++;
            }
        }
        return count;
    }

    public String status(long id) {
        return jdbc.queryForObject("SELECT status FROM suggestion WHERE id = ?", String.class, id);
    }

    public long deputyId(String login) {
        return jdbc.queryForObject("SELECT deputy_id FROM app_user WHERE login = ?", Long.class, login);
    }

    public long departmentId(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    public Map<String, Object> draft(String title, List<Long> coSignerIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", "建议内容：" + title + "。问题、原因和具体建议各一段。");
        body.put("category", "城乡建设");
        body.put("period", "SESSION");
        body.put("coSignerIds", coSignerIds);
        body.put("wantsFaceToFace", false);
        body.put("confidential", false);
        return body;
    }

    public long submit(String deputy, String title, Long... coSigners) throws Exception {
        return read(post(deputy, "/api/suggestions", draft(title, List.of(coSigners))))
                .get("id")
                .asLong();
    }

    public void accept(long id) throws Exception {
        read(post("staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "ACCEPT")));
    }

    public void assign(long id, List<String> leads, List<String> cos) throws Exception {
        read(post(
                "staff1",
                "/api/suggestions/" + id + "/assignment",
                Map.of(
                        "leadDepartmentIds",
                                leads.stream().map(this::departmentId).toList(),
                        "coDepartmentIds", cos.stream().map(this::departmentId).toList())));
    }

    public void opinion(String dept, long id) throws Exception {
        read(post(dept + "-handler", "/api/suggestions/" + id + "/opinions", Map.of("content", dept + " 的协办意见")));
    }

    public void claim(String handler, long id) throws Exception {
        read(post(handler, "/api/suggestions/" + id + "/claim", null));
    }

    public void contact(String handler, long id) throws Exception {
        read(post(
                handler,
                "/api/suggestions/" + id + "/contacts",
                Map.of("method", "PHONE", "contactedAt", "2025-12-01T02:00:00Z", "summary", "电话联系代表，听取意见")));
    }

    public ResultActions reply(String handler, long id, String resultClass) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resultClass", resultClass);
        body.put("content", "答复：已研究落实，具体情况如下。");
        if ("B".equals(resultClass) || "C".equals(resultClass)) {
            body.put("planDate", LocalDate.now().plusMonths(6).toString());
        }
        body.put("publishable", true);
        return post(handler, "/api/suggestions/" + id + "/reply", body);
    }

    public void signOff(String leader, long id, boolean approve) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approve", approve);
        if (!approve) {
            body.put("comment", "请补充具体措施");
        }
        read(post(leader, "/api/suggestions/" + id + "/reply/sign-off", body));
    }

    /** A lead department handles and replies, and its leader signs off. */
    public void handleAndReply(String dept, long id, String resultClass) throws Exception {
        claim(dept + "-handler", id);
        contact(dept + "-handler", id);
        read(reply(dept + "-handler", id, resultClass));
        signOff(dept + "-leader", id, true);
    }

    public ResultActions evaluate(String deputy, long id, String attitude, String result, Long departmentId)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attitude", attitude);
        body.put("result", result);
        if (departmentId != null) {
            body.put("departmentId", departmentId);
        }
        if ("UNSATISFIED".equals(attitude) || "UNSATISFIED".equals(result)) {
            body.put("reason", "问题没有解决");
        }
        body.put("confidentialNote", "有人打电话让我评满意");
        return post(deputy, "/api/suggestions/" + id + "/evaluation", body);
    }
}
