package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The rules of the suggestion API: who may do what, in which state, with which input. */
@DeputyFlowTest
class SuggestionApiTests {

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
    void submitting_answers_201_with_a_readable_number_and_the_location() throws Exception {
        api.post("deputy030", "/api/suggestions", api.draft("完善公共自行车网点", List.of()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/suggestions/\\d+")))
                .andExpect(jsonPath("$.number").value(matchesPattern("\\d{4}-\\d{4}")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void the_dossier_lists_what_its_reader_may_do_now() throws Exception {
        long id = api.submit("deputy030", "路口加装行人过街信号灯");
        assertThat(allowed("deputy030", id)).containsExactly("AGREE_WITHDRAWAL");
        assertThat(allowed("staff1", id)).containsExactly("SCREEN", "MERGE");
        assertThat(allowed("council1", id)).isEmpty();

        api.accept(id);
        api.assign(id, List.of("dept18"), List.of());
        assertThat(allowed("deputy030", id)).isEmpty();
        assertThat(allowed("staff1", id)).containsExactly("URGE");
        assertThat(allowed("dept18-handler", id)).containsExactly("CLAIM", "DISPUTE", "LOG_CONTACT");
        assertThat(allowed("dept18-leader", id)).containsExactly("REQUEST_EXTENSION");

        api.claim("dept18-handler", id);
        api.contact("dept18-handler", id);
        assertThat(allowed("dept18-handler", id)).containsExactly("UNCLAIM", "DISPUTE", "LOG_CONTACT", "SUBMIT_REPLY");

        api.read(api.post(
                "dept18-leader",
                "/api/suggestions/" + id + "/extension-requests",
                Map.of("months", 1, "reason", "需要协调")));
        assertThat(allowed("staff1", id)).containsExactly("APPROVE_EXTENSION", "REFUSE_EXTENSION", "URGE");
        // once the reply reached the deputy, the open request may only be refused
        api.read(api.reply("dept18-handler", id, "A"));
        api.signOff("dept18-leader", id, true);
        assertThat(allowed("staff1", id)).containsExactly("REFUSE_EXTENSION");
    }

    private List<String> allowed(String login, long id) throws Exception {
        List<String> names = new ArrayList<>();
        api.dossier(login, id).get("allowedActions").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void submissions_are_validated_and_a_bad_one_changes_nothing() throws Exception {
        long before = count("suggestion");
        Map<String, Object> longTitle = api.draft("长".repeat(201), List.of());
        api.post("deputy030", "/api/suggestions", longTitle)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.title").exists());
        Map<String, Object> blank = api.draft(" ", List.of());
        api.post("deputy030", "/api/suggestions", blank).andExpect(status().isBadRequest());
        Map<String, Object> longContent = api.draft("内容过长", List.of());
        longContent.put("content", "字".repeat(20_001));
        api.post("deputy030", "/api/suggestions", longContent)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.content").exists());
        long self = api.deputyId("deputy030");
        api.post("deputy030", "/api/suggestions", api.draft("附议自己", List.of(self)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.coSignerIds").exists());
        long other = api.deputyId("deputy031");
        api.post("deputy030", "/api/suggestions", api.draft("重复附议", List.of(other, other)))
                .andExpect(status().isBadRequest());
        api.post("deputy030", "/api/suggestions", api.draft("不存在的代表", List.of(999_999L)))
                .andExpect(status().isBadRequest());
        List<Long> fiftyOne = LongStream.rangeClosed(1, 52)
                .boxed()
                .filter(id -> id != self)
                .limit(51)
                .toList();
        api.post("deputy030", "/api/suggestions", api.draft("附议太多", new ArrayList<>(fiftyOne)))
                .andExpect(status().isBadRequest());
        Map<String, Object> badPeriod = api.draft("时间不对", List.of());
        badPeriod.put("period", "NEVER");
        api.post("deputy030", "/api/suggestions", badPeriod).andExpect(status().isBadRequest());
        assertThat(count("suggestion")).isEqualTo(before);
    }

    @Test
    void a_4_byte_title_counts_as_one_character_per_glyph_and_round_trips() throws Exception {
        String title = "𠮷".repeat(200);
        long id = api.read(api.post("deputy030", "/api/suggestions", api.draft(title, List.of())))
                .get("id")
                .asLong();
        assertThat(api.dossier("deputy030", id).get("suggestion").get("title").asText())
                .isEqualTo(title);
    }

    @Test
    void only_deputies_submit_and_only_staff_screen() throws Exception {
        api.post("staff1", "/api/suggestions", api.draft("工作人员不能提建议", List.of()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long id = api.submit("deputy032", "规范小区物业收费");
        api.post("deputy032", "/api/suggestions/" + id + "/screening", Map.of("outcome", "ACCEPT"))
                .andExpect(status().isForbidden());
        api.post("dept01-handler", "/api/suggestions/" + id + "/assignment", Map.of())
                .andExpect(status().isForbidden());
        api.get("member01", "/api/suggestions/" + id).andExpect(status().isForbidden());
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_deputy_sees_only_what_they_signed_and_a_department_only_what_is_assigned_to_it() throws Exception {
        long id = api.submit("deputy033", "增加社区医院夜间门诊");
        api.get("deputy034", "/api/suggestions/" + id)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.get("dept18-handler", "/api/suggestions/" + id).andExpect(status().isNotFound());
        api.get("council1", "/api/suggestions/" + id).andExpect(status().isOk());
        api.accept(id);
        api.assign(id, List.of("dept18"), List.of());
        api.get("dept18-handler", "/api/suggestions/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitterPhone").isNotEmpty());
        api.get("dept17-handler", "/api/suggestions/" + id).andExpect(status().isNotFound());
        // a foreign record is "not found" for actions too, and nothing changes
        api.post("dept17-handler", "/api/suggestions/" + id + "/claim", null).andExpect(status().isNotFound());
        api.post("deputy034", "/api/suggestions/" + id + "/withdrawal", null).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assignment WHERE suggestion_id = ? AND claimed_by IS NOT NULL",
                        Integer.class,
                        id))
                .isZero();

        JsonNode deputyList = api.read(api.get("deputy034", "/api/suggestions?size=200"));
        deputyList
                .get("items")
                .forEach(item -> assertThat(item.get("id").asLong()).isNotEqualTo(id));
        api.get("dept18-handler", "/api/suggestions?size=200").andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        api.get("dept17-handler", "/api/suggestions?size=200&departmentId=" + api.departmentId("dept18"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void the_list_filters_by_status_and_text_and_pages() throws Exception {
        long id = api.submit("deputy035", "关于保护古树名木的独特建议");
        api.get("staff1", "/api/suggestions?q=古树名木的独特&status=SUBMITTED")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value((int) id));
        api.get("staff1", "/api/suggestions?q=古树名木的独特&status=CLOSED")
                .andExpect(jsonPath("$.total").value(0));
        api.get("staff1", "/api/suggestions?status=BOGUS").andExpect(status().isBadRequest());
        api.get("staff1", "/api/suggestions?size=1")
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void an_action_in_the_wrong_state_is_409_and_changes_nothing() throws Exception {
        long id = api.submit("deputy036", "整治违法占道经营");
        api.accept(id);
        api.post("staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "ACCEPT"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.put("deputy036", "/api/suggestions/" + id, api.draft("改不了", List.of()))
                .andExpect(status().isConflict());
        api.evaluate("deputy036", id, "SATISFIED", "SATISFIED", null).andExpect(status().isConflict());
        api.assign(id, List.of("dept25"), List.of());
        api.post("deputy036", "/api/suggestions/" + id + "/withdrawal", null).andExpect(status().isConflict());
        api.post("staff1", "/api/suggestions/" + id + "/merge", Map.of("intoId", api.submit("deputy036", "另一件")))
                .andExpect(status().isConflict());
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
        assertThat(api.dossier("staff1", id).get("suggestion").has("mergedIntoId"))
                .isFalse();
    }

    @Test
    void screening_needs_a_reason_unless_accepted_and_a_letter_reason_from_the_fixed_list() throws Exception {
        long id = api.submit("deputy037", "审查理由测试");
        api.post("staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "RETURN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        api.post(
                        "staff1",
                        "/api/suggestions/" + id + "/screening",
                        Map.of("outcome", "CONVERT_TO_LETTER", "reason", "I_DO_NOT_LIKE_IT"))
                .andExpect(status().isBadRequest());
        api.post("staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "MAYBE"))
                .andExpect(status().isBadRequest());
        api.post("staff1", "/api/suggestions/" + id + "/screening", Map.of()).andExpect(status().isBadRequest());
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void assignment_needs_one_lead_and_each_department_once() throws Exception {
        long id = api.submit("deputy038", "交办规则测试");
        api.accept(id);
        long dept01 = api.departmentId("dept01");
        api.post("staff1", "/api/suggestions/" + id + "/assignment", Map.of("leadDepartmentIds", List.of()))
                .andExpect(status().isBadRequest());
        api.post(
                        "staff1",
                        "/api/suggestions/" + id + "/assignment",
                        Map.of("leadDepartmentIds", List.of(dept01), "coDepartmentIds", List.of(dept01)))
                .andExpect(status().isBadRequest());
        api.post("staff1", "/api/suggestions/" + id + "/assignment", Map.of("leadDepartmentIds", List.of(-5)))
                .andExpect(status().isBadRequest());
        assertThat(api.status(id)).isEqualTo("ACCEPTED");
        api.assign(id, List.of("dept01", "dept02"), List.of("dept03"));
        JsonNode assignments = api.dossier("staff1", id).get("assignments");
        assertThat(assignments)
                .extracting(a -> a.get("role").asText())
                .containsExactlyInAnyOrder("PARALLEL_LEAD", "PARALLEL_LEAD", "CO");
        assertThat(assignments.get(0).get("replyDue").asText()).isNotEmpty();
        assertThat(assignments.get(0).get("disputeDue").asText()).isNotEmpty();
        assertThat(assignments.get(2).get("opinionDue").asText()).isNotEmpty();
    }

    @Test
    void a_reply_needs_a_claim_a_logged_contact_and_every_co_unit_opinion() throws Exception {
        long id = api.submit("deputy039", "答复前置条件测试");
        api.accept(id);
        api.assign(id, List.of("dept04"), List.of("dept05"));
        api.reply("dept04-handler", id, "A").andExpect(status().isConflict());
        api.claim("dept04-handler", id);
        api.reply("dept04-handler", id, "A")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("沟通联系")));
        api.contact("dept04-handler", id);
        api.reply("dept04-handler", id, "A")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("协办单位意见")));
        Map<String, Object> noPlan = new HashMap<>(Map.of("resultClass", "B", "content", "列入计划", "publishable", true));
        api.opinion("dept05", id);
        api.post("dept04-handler", "/api/suggestions/" + id + "/reply", noPlan)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.planDate").exists());
        Map<String, Object> secret = new HashMap<>(Map.of("resultClass", "A", "content", "已解决", "publishable", false));
        api.post("dept04-handler", "/api/suggestions/" + id + "/reply", secret)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.notPublishableReason").exists());
        api.reply("dept05-handler", id, "A").andExpect(status().isConflict());
        api.read(api.reply("dept04-handler", id, "A"));
        api.post("dept04-handler", "/api/suggestions/" + id + "/reply/sign-off", Map.of("approve", true))
                .andExpect(status().isForbidden());
        api.post("dept04-leader", "/api/suggestions/" + id + "/reply/sign-off", Map.of("approve", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").exists());
        api.signOff("dept04-leader", id, true);
        assertThat(api.status(id)).isEqualTo("REPLIED");
    }

    @Test
    void only_the_lead_deputy_evaluates_and_the_confidential_note_is_for_staff_only() throws Exception {
        long id = api.submit("deputy040", "评价规则测试", api.deputyId("deputy041"));
        api.read(api.post("deputy041", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        api.accept(id);
        api.assign(id, List.of("dept06"), List.of());
        api.handleAndReply("dept06", id, "A");
        api.evaluate("deputy041", id, "SATISFIED", "SATISFIED", null).andExpect(status().isForbidden());
        api.evaluate("staff1", id, "SATISFIED", "SATISFIED", null).andExpect(status().isForbidden());
        api.post(
                        "deputy040",
                        "/api/suggestions/" + id + "/evaluation",
                        Map.of("attitude", "SATISFIED", "result", "UNSATISFIED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        assertThat(api.status(id)).isEqualTo("REPLIED");

        api.read(api.evaluate("deputy040", id, "SATISFIED", "UNSATISFIED", null));
        api.evaluate("deputy040", id, "SATISFIED", "SATISFIED", null).andExpect(status().isConflict());
        // an unsatisfied result waits for staff: it never closes by itself
        assertThat(api.status(id)).isEqualTo("AWAITING_REHANDLING_DECISION");

        assertThat(api.dossier("staff1", id)
                        .get("evaluations")
                        .get(0)
                        .get("confidentialNote")
                        .asText())
                .isEqualTo("有人打电话让我评满意");
        assertThat(api.dossier("dept06-handler", id).get("evaluations").get(0).has("confidentialNote"))
                .isFalse();
        assertThat(api.dossier("dept06-leader", id).toString()).doesNotContain("有人打电话让我评满意");
        assertThat(api.dossier("council1", id).toString()).doesNotContain("有人打电话让我评满意");
        assertThat(api.dossier("deputy041", id).toString()).doesNotContain("有人打电话让我评满意");
    }

    @Test
    void parallel_leads_are_evaluated_one_department_at_a_time() throws Exception {
        long id = api.submit("deputy042", "分办评价测试");
        api.accept(id);
        api.assign(id, List.of("dept08", "dept09"), List.of());
        api.handleAndReply("dept08", id, "A");
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
        api.handleAndReply("dept09", id, "A");
        api.evaluate("deputy042", id, "SATISFIED", "SATISFIED", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.departmentId").exists());
        api.read(api.evaluate("deputy042", id, "SATISFIED", "SATISFIED", api.departmentId("dept08")));
        assertThat(api.status(id)).isEqualTo("REPLIED");
        api.read(api.evaluate("deputy042", id, "SATISFIED", "BASICALLY_SATISFIED", api.departmentId("dept09")));
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void every_action_appears_once_in_the_timeline_with_actor_and_time() throws Exception {
        long id = api.submit("deputy043", "时间线测试");
        api.accept(id);
        api.assign(id, List.of("dept10"), List.of());
        api.handleAndReply("dept10", id, "A");
        api.read(api.evaluate("deputy043", id, "SATISFIED", "SATISFIED", null));
        JsonNode timeline = api.dossier("staff1", id).get("timeline");
        assertThat(timeline)
                .extracting(e -> e.get("action").asText())
                .containsExactly(
                        "SUBMITTED",
                        "ACCEPTED",
                        "ASSIGNED",
                        "CLAIMED",
                        "CONTACT_LOGGED",
                        "REPLY_SUBMITTED",
                        "REPLY_APPROVED",
                        "EVALUATED");
        assertThat(timeline)
                .extracting(e -> e.get("actor").asText())
                .containsExactly(
                        "deputy043",
                        "staff1",
                        "staff1",
                        "dept10-handler",
                        "dept10-handler",
                        "dept10-handler",
                        "dept10-leader",
                        "deputy043");
        timeline.forEach(e -> assertThat(e.get("at").asText()).isNotEmpty());
    }

    @Test
    void a_dispute_after_its_window_is_refused() throws Exception {
        long id = api.submit("deputy044", "申请调整期限测试");
        api.accept(id);
        api.assign(id, List.of("dept11"), List.of());
        jdbc.update("UPDATE assignment SET dispute_due = DATE '2000-01-01' WHERE suggestion_id = ?", id);
        api.post("dept11-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "不属本单位"))
                .andExpect(status().isConflict());
        api.post("dept11-handler", "/api/suggestions/" + id + "/disputes", Map.of())
                .andExpect(status().isBadRequest());
        assertThat(count("assignment_dispute WHERE assignment_id IN (SELECT id FROM assignment WHERE suggestion_id = "
                        + id + ")"))
                .isZero();
    }

    @Test
    void when_two_handlers_claim_at_once_exactly_one_wins() throws Exception {
        long id = api.submit("deputy045", "并发签收测试");
        api.accept(id);
        api.assign(id, List.of("dept12"), List.of());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String handler : List.of("dept12-handler", "dept12-handler2")) {
            Callable<Integer> claim = () -> {
                start.await();
                return api.post(handler, "/api/suggestions/" + id + "/claim", null)
                        .andReturn()
                        .getResponse()
                        .getStatus();
            };
            results.add(pool.submit(claim));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String claimedBy =
                jdbc.queryForObject("SELECT claimed_by FROM assignment WHERE suggestion_id = ?", String.class, id);
        assertThat(claimedBy).isIn("dept12-handler", "dept12-handler2");
        assertThat(count("timeline_event WHERE action = 'CLAIMED' AND suggestion_id = " + id))
                .isEqualTo(1);
    }

    @Test
    void numbers_are_unique_and_without_gaps_under_concurrent_submission() throws Exception {
        int submitters = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < submitters; i++) {
            String deputy = "deputy%03d".formatted(60 + i);
            numbers.add(pool.submit(() -> {
                start.await();
                return api.read(api.post(deputy, "/api/suggestions", api.draft("并发编号测试", List.of())))
                        .get("number")
                        .asText();
            }));
        }
        start.countDown();
        List<Integer> sequence = new ArrayList<>();
        for (Future<String> number : numbers) {
            sequence.add(Integer.parseInt(number.get().substring(5)));
        }
        pool.shutdown();
        Collections.sort(sequence);
        assertThat(sequence).doesNotHaveDuplicates();
        assertThat(sequence.get(submitters - 1) - sequence.get(0)).isEqualTo(submitters - 1);
    }

    @Test
    void the_task_lists_show_each_role_what_it_may_do() throws Exception {
        long id = api.submit("deputy046", "待办列表测试", api.deputyId("deputy047"));
        api.get("deputy047", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].kind").value(hasItem("CO_SIGNATURE")));
        // the invited co-signer is told in the inbox, the lead is not
        assertThat(api.notifications("deputy047", id, "CO_SIGNATURE_REQUESTED")).isOne();
        assertThat(api.notifications("deputy046", id, "CO_SIGNATURE_REQUESTED")).isZero();
        api.read(api.post("deputy047", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        api.get("staff2", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(
                        jsonPath("$.items[?(@.recordId == " + id + ")].kind").value(hasItem("Task_ScreenSuggestion")))
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].due")
                        .value(hasItem(org.hamcrest.Matchers.notNullValue())));
        api.accept(id);
        api.assign(id, List.of("dept13"), List.of());
        api.get("dept13-handler2", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(
                        jsonPath("$.items[?(@.recordId == " + id + ")].kind").value(hasItem("Task_HandleSuggestion")));
        api.get("dept14-handler", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")]").isEmpty());
        api.claim("dept13-handler", id);
        // claimed by a colleague: no longer in the queue of the others
        api.get("dept13-handler2", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")]").isEmpty());
        api.get("dept13-handler", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].claimedBy")
                        .value(hasItem("dept13-handler")));
        api.contact("dept13-handler", id);
        api.read(api.reply("dept13-handler", id, "A"));
        api.get("dept13-leader", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].kind").value(hasItem("Task_SignOffReply")));
        api.get("dept13-handler2", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")]").isEmpty());
        api.signOff("dept13-leader", id, true);
        api.get("deputy046", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].kind").value(hasItem("Task_EvaluateReply")));
        api.get("deputy047", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")]").isEmpty());
    }

    private long count(String tableAndWhere) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndWhere, Long.class);
    }
}
