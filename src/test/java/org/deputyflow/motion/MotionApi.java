package org.deputyflow.motion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.suggestion.SuggestionApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Drives the motion API as the demo users do; HTTP plumbing is the suggestion tests' helper. */
class MotionApi {

    final SuggestionApi http;
    private final JdbcTemplate jdbc;

    MotionApi(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc) {
        this.http = new SuggestionApi(mvc, json, jdbc);
        this.jdbc = jdbc;
    }

    Map<String, Object> draft(String title, List<String> coSigners) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("reason", "案由：" + title);
        draft.put("basis", "案据：相关法律法规与调研情况");
        draft.put("proposal", "方案：制定地方性法规");
        draft.put("period", "SESSION");
        draft.put("coSignerIds", coSigners.stream().map(http::deputyId).toList());
        return draft;
    }

    ResultActions submitRaw(String lead, Map<String, Object> draft) throws Exception {
        return http.post(lead, "/api/motions", draft);
    }

    long submit(String lead, String title, List<String> coSigners) throws Exception {
        return http.read(submitRaw(lead, draft(title, coSigners))).get("id").asLong();
    }

    /** Nine co-signers from {@code first} on, so that with the lead the motion reaches ten. */
    static List<String> nineFrom(int first) {
        List<String> logins = new ArrayList<>();
        for (int i = first; i < first + 9; i++) {
            logins.add("deputy%03d".formatted(i));
        }
        return logins;
    }

    JsonNode coSign(String deputy, long id, boolean accept) throws Exception {
        return http.read(http.post(deputy, "/api/motions/" + id + "/co-signatures", Map.of("accept", accept)));
    }

    /** Submitted and confirmed by all nine co-signers: the motion waits for the form check. */
    long signed(String lead, String title, int firstCoSigner) throws Exception {
        List<String> coSigners = nineFrom(firstCoSigner);
        long id = submit(lead, title, coSigners);
        for (String coSigner : coSigners) {
            coSign(coSigner, id, true);
        }
        return id;
    }

    JsonNode review(long id, boolean accept, String comment) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accept", accept);
        body.put("comment", comment);
        return http.read(http.post("staff1", "/api/motions/" + id + "/review", body));
    }

    ResultActions decideRaw(String login, long id, String outcome, String committee) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("committee", committee);
        body.put("comment", "主席团第二次会议决定");
        return http.post(login, "/api/motions/" + id + "/decision", body);
    }

    JsonNode decide(long id, String outcome, String committee) throws Exception {
        return http.read(decideRaw("council1", id, outcome, committee));
    }

    ResultActions reportRaw(long id, String report, String recommendation) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", report);
        body.put("recommendation", recommendation);
        return http.post("staff1", "/api/motions/" + id + "/committee-report", body);
    }

    JsonNode report(long id, String report, String recommendation) throws Exception {
        return http.read(reportRaw(id, report, recommendation));
    }

    ResultActions secondDecisionRaw(String login, long id, String decision) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", "主任会议第三次会议决定");
        return http.post(login, "/api/motions/" + id + "/second-decision", body);
    }

    JsonNode secondDecision(long id, String decision) throws Exception {
        return http.read(secondDecisionRaw("council1", id, decision));
    }

    ResultActions meetingRaw(long id, String meetingDate, String meetingNumber, String outcome) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingDate", meetingDate);
        body.put("meetingNumber", meetingNumber);
        body.put("outcome", outcome);
        body.put("comment", "会议审议情况");
        return http.post("staff1", "/api/motions/" + id + "/meeting-outcome", body);
    }

    JsonNode meeting(long id, String meetingDate, String outcome) throws Exception {
        return http.read(meetingRaw(id, meetingDate, "市十六届人大常委会第二十次会议", outcome));
    }

    ResultActions implementationRaw(String login, long id, String report) throws Exception {
        return http.post(login, "/api/motions/" + id + "/implementation-report", Map.of("report", report));
    }

    JsonNode dossier(String login, long id) throws Exception {
        return http.read(http.get(login, "/api/motions/" + id));
    }

    /** How many notices of this kind about this motion (named by its number in the text) the user has. */
    long notices(String login, String kind, long motionId) throws Exception {
        String number = jdbc.queryForObject("SELECT serial_no FROM motion WHERE id = ?", String.class, motionId);
        JsonNode inbox = http.read(http.get(login, "/api/notifications?size=200"));
        long count = 0;
        for (JsonNode item : inbox.get("items")) {
            if (kind.equals(item.get("kind").asText())
                    && item.get("text").asText().contains(number)) {
                count++;
            }
        }
        return count;
    }

    String status(long id) {
        return jdbc.queryForObject("SELECT status FROM motion WHERE id = ?", String.class, id);
    }
}
