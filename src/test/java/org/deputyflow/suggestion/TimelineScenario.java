package org.deputyflow.suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A joint suggestion, assigned to a lead unit and a co-unit, with one of each thing whose words
 * only the department concerned (and staff, council, admins) may read: the co-unit's dispute, an
 * urge to the lead unit (the dispute upheld, the co-unit's opinion given), the lead unit's extension request and its refusal, a reply sent back and
 * a new draft awaiting sign-off. Each text carries a marker unique to the run.
 */
public final class TimelineScenario {

    public final long id;
    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final String disputeReason = "调整理由" + run;
    public final String urgeText = "催办内容" + run;
    public final String extensionReason = "延期理由" + run;
    public final String refusalComment = "不批准意见" + run;
    public final String firstDraft = "第一稿答复" + run;
    public final String sendBackComment = "退回意见" + run;
    public final String secondDraft = "第二稿答复" + run;

    /**
     * @param lead     the lead deputy's login
     * @param coSigner a co-signing deputy's login
     * @param leadUnit the lead department's code, co-unit the co-department's
     */
    public TimelineScenario(SuggestionApi api, String lead, String coSigner, String leadUnit, String coUnit)
            throws Exception {
        id = api.submit(lead, "时间线可见范围" + run, api.deputyId(coSigner));
        api.read(api.post(coSigner, "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        api.accept(id);
        api.assign(id, List.of(leadUnit), List.of(coUnit));
        String path = "/api/suggestions/" + id;
        api.read(api.post(coUnit + "-handler", path + "/disputes", Map.of("reason", disputeReason)));
        api.read(api.post(
                "staff1",
                path + "/disputes/decision",
                Map.of("uphold", true, "departmentId", api.departmentId(coUnit))));
        api.opinion(coUnit, id);
        api.read(api.post(
                "staff1", path + "/urges", Map.of("departmentId", api.departmentId(leadUnit), "message", urgeText)));
        long request = api.read(api.post(
                        leadUnit + "-leader",
                        path + "/extension-requests",
                        Map.of("months", 1, "reason", extensionReason)))
                .get("requestId")
                .asLong();
        api.read(api.post(
                "staff1",
                path + "/extension-requests/" + request + "/decision",
                Map.of("approve", false, "comment", refusalComment)));
        api.claim(leadUnit + "-handler", id);
        api.contact(leadUnit + "-handler", id);
        api.read(api.post(leadUnit + "-handler", path + "/reply", reply(firstDraft)));
        api.read(api.post(
                leadUnit + "-leader", path + "/reply/sign-off", Map.of("approve", false, "comment", sendBackComment)));
        api.read(api.post(leadUnit + "-handler", path + "/reply", reply(secondDraft)));
    }

    /** The words only the lead unit, staff, council and admins read. */
    public List<String> leadUnitWords() {
        return List.of(urgeText, extensionReason, refusalComment, firstDraft, sendBackComment, secondDraft);
    }

    /** The words only the co-unit, staff, council and admins read. */
    public List<String> coUnitWords() {
        return List.of(disputeReason);
    }

    private static Map<String, Object> reply(String content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resultClass", "A");
        body.put("content", content);
        body.put("publishable", true);
        return body;
    }
}
