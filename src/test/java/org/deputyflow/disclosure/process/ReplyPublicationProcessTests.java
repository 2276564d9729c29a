package org.deputyflow.disclosure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing is published unseen: once a reply marked publishable reached the deputy, the daily timer opens
 * staff's review; an approved reply appears on /public/replies/{number} 20 working days after it reached the
 * deputy (at approval when that day has passed), redacted; a held-back one never; an unreviewed one only after
 * a configured grace period. A confidential suggestion's reply never appears.
 */
@DeputyFlowTest
class ReplyPublicationProcessTests {

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(ReplyPublicationProcess.KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    CalendarService calendar;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ReplyPublications replies;

    static final String CONTENT = "代表您好：经研究，已于今年完成改造。经办人电话 13811112222，邮箱 jbr@example.gov.cn，住址青山路8号。";

    final String run = UUID.randomUUID().toString().substring(0, 6);
    /** numbers in the public format, in a year no real suggestion has */
    final String prefix =
            "9" + (100 + new java.util.Random().nextInt(900)) + "-" + (100000 + new java.util.Random().nextInt(800000));

    @BeforeEach
    void assertions(@Autowired ProcessEngine engine) {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void everyPathIsCovered(@Autowired ProcessEngine engine) {
        COVERAGE.assertCovered(engine);
    }

    @Test
    void the_daily_timer_opens_reviews_and_publishes_only_what_staff_approved_redacted_on_its_day() throws Exception {
        Job timer = dailyTimer();
        Instant fires = timer.getDuedate().toInstant();
        LocalDate today = calendar.dateOf(fires);
        long department = department();
        long deputy = deputy();

        // reached the deputy 20 working days ago exactly, and one working day short of that
        Instant due = calendar.startOfDay(today);
        LocalDate reachedDue = back(today, 20);
        LocalDate reachedEarly = back(today, 19);
        String dueNo = prefix + "1";
        long dueReply = reply(dueNo, department, deputy, CONTENT, reachedDue, false, true);
        String earlyNo = prefix + "2";
        long earlyReply = reply(earlyNo, department, deputy, CONTENT, reachedEarly, false, true);
        String secretNo = prefix + "3";
        long secretReply = reply(secretNo, department, deputy, CONTENT, reachedDue, true, true);
        String notPublishableNo = prefix + "4";
        long notPublishableReply = reply(notPublishableNo, department, deputy, CONTENT, reachedDue, false, false);

        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        int start = CONTENT.indexOf("住址");
        int end = CONTENT.indexOf("。", start);
        api.put(
                        "staff1",
                        "/api/replies/" + dueReply + "/redactions",
                        Map.of("spans", List.of(Map.of("start", start, "end", end))))
                .andExpect(status().isNoContent());

        // the first run finds nothing approved: it publishes nothing and opens the reviews
        clock.set(fires.isAfter(due) ? fires : due);
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        management.executeJob(timer.getId());
        trackLatestInstance();
        assertThat(audit.since(mark, "reply", dueReply)).isEmpty();
        mvc.perform(get("/public/replies/" + dueNo)).andExpect(status().isNotFound());
        assertThat(reviewState(dueReply)).isEqualTo("OPEN");
        assertThat(reviewState(earlyReply)).isEqualTo("OPEN");
        assertThat(reviews(secretReply)).isZero();
        assertThat(reviews(notPublishableReply)).isZero();
        JsonNode task = staffTask(api, dueReply);
        assertThat(task.get("number").asText()).isEqualTo(dueNo);
        assertThat(task.get("kind").asText()).isEqualTo(ReplyPublicationProcess.Elements.REVIEW);
        assertThat(task.get("due").asText())
                .isEqualTo(calendar.addWorkingDays(reachedDue, 20).toString());
        assertThat(api.read(api.get("staff1", "/api/replies/" + dueReply + "/review"))
                        .get("state")
                        .asText())
                .isEqualTo("OPEN");
        ProcessInstance dueReview = review(dueReply);
        ProcessInstance earlyReview = review(earlyReply);

        // approved before its day: the timer publishes it on the day; approved on or after the day: at once
        JsonNode early =
                api.read(api.post("staff1", "/api/replies/" + earlyReply + "/review", Map.of("approve", true)));
        assertThat(early.get("published").asBoolean()).isFalse();
        assertThat(early.get("review").get("state").asText()).isEqualTo("APPROVED");
        assertThat(early.get("review").get("decidedBy").asText()).isEqualTo("staff1");
        assertThat(earlyReview)
                .hasPassedInOrder(
                        ReplyPublicationProcess.Elements.REVIEW,
                        ReplyPublicationProcess.Elements.REVIEW_OUTCOME,
                        ReplyPublicationProcess.Elements.APPROVED)
                .isEnded();
        mvc.perform(get("/public/replies/" + earlyNo)).andExpect(status().isNotFound());

        mark = audit.mark();
        JsonNode now = api.read(api.post("staff1", "/api/replies/" + dueReply + "/review", Map.of("approve", true)));
        assertThat(now.get("published").asBoolean()).isTrue();
        assertThat(dueReview)
                .hasPassed(ReplyPublicationProcess.Elements.APPROVED)
                .isEnded();
        audit.exactlyOne(mark, "reply.approve", "reply", dueReply, "staff1", "SUCCESS");
        audit.exactlyOne(mark, "reply.publish", "reply", dueReply, "staff1", "SUCCESS");
        String page = body("/public/replies/" + dueNo);
        assertThat(page)
                .contains("已于今年完成改造", "答复公开局" + run, "［已隐去］")
                .doesNotContain("13811112222", "jbr@example.gov.cn", "青山路8号");
        assertThat(body("/public")).contains("/public/replies/" + dueNo);
        // decided once: a second decision is 409
        api.post("staff1", "/api/replies/" + earlyReply + "/review", Map.of("approve", true))
                .andExpect(status().isConflict());

        // the next run on the early reply's day publishes it, as the system
        LocalDate earlyDay = calendar.addWorkingDays(calendar.dateOf(calendar.startOfDay(reachedEarly)), 20);
        Job next = dailyTimer();
        clock.set(calendar.startOfDay(earlyDay).plus(Duration.ofMinutes(1)));
        mark = audit.mark();
        management.executeJob(next.getId());
        trackLatestInstance();
        audit.exactlyOne(mark, "reply.publish", "reply", earlyReply, "system", "SUCCESS");
        assertThat(body("/public/replies/" + earlyNo)).contains("已于今年完成改造").doesNotContain("13811112222");
        assertThat(audit.since(mark, "reply", secretReply)).isEmpty();
        mvc.perform(get("/public/replies/" + secretNo).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("页面不存在")));
        mvc.perform(get("/public/replies/" + notPublishableNo)).andExpect(status().isNotFound());
        api.post("staff1", "/api/replies/" + secretReply + "/review", Map.of("approve", true))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_reply_held_back_with_a_reason_is_never_published_and_a_hold_without_reason_changes_nothing()
            throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        LocalDate today = calendar.dateOf(clock.instant());
        long reply = reply(prefix + "5", department(), deputy(), CONTENT, back(today, 25), false, true);
        replies.openReviews();
        ProcessInstance review = review(reply);

        api.post("staff1", "/api/replies/" + reply + "/review", Map.of("approve", false))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.post("staff1", "/api/replies/" + reply + "/review", Map.of("approve", false, "reason", "  "))
                .andExpect(status().isBadRequest());
        api.post("deputy001", "/api/replies/" + reply + "/review", Map.of("approve", true))
                .andExpect(status().isForbidden());
        assertThat(reviewState(reply)).isEqualTo("OPEN");
        assertThat(review).isWaitingAt(ReplyPublicationProcess.Elements.REVIEW);

        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        JsonNode held = api.read(api.post(
                "staff1", "/api/replies/" + reply + "/review", Map.of("approve", false, "reason", "涉及第三方的个人隐私")));
        assertThat(held.get("review").get("state").asText()).isEqualTo("HELD_BACK");
        assertThat(held.get("review").get("reason").asText()).isEqualTo("涉及第三方的个人隐私");
        assertThat(held.get("published").asBoolean()).isFalse();
        assertThat(review)
                .hasPassedInOrder(
                        ReplyPublicationProcess.Elements.REVIEW,
                        ReplyPublicationProcess.Elements.REVIEW_OUTCOME,
                        ReplyPublicationProcess.Elements.HELD_BACK)
                .isEnded();
        assertThat(audit.exactlyOne(mark, "reply.hold-back", "reply", reply, "staff1", "SUCCESS")
                        .toString())
                .doesNotContain("第三方");

        // neither staff's early publication nor the timer publishes it
        api.post("staff1", "/api/replies/" + reply + "/publication", null).andExpect(status().isConflict());
        api.post("staff1", "/api/replies/" + reply + "/review", Map.of("approve", true))
                .andExpect(status().isConflict());
        assertThat(replies.publishDue()).isNotNegative();
        assertThat(published(reply)).isZero();
        assertThat(reviewState(reply)).isEqualTo("HELD_BACK");
    }

    @Test
    void without_a_grace_period_the_timer_on_the_publication_day_leaves_the_review_open_and_publishes_nothing()
            throws Exception {
        LocalDate today = calendar.dateOf(clock.instant());
        long reply = reply(prefix + "6", department(), deputy(), CONTENT, back(today, 30), false, true);
        replies.openReviews();
        ProcessInstance review = review(reply);
        Job grace = management
                .createJobQuery()
                .processInstanceId(review.getId())
                .activityId(ReplyPublicationProcess.Elements.GRACE_OVER)
                .singleResult();
        LocalDate publicationDay = calendar.addWorkingDays(back(today, 30), 20);
        assertThat(grace.getDuedate().toInstant()).isEqualTo(calendar.startOfDay(publicationDay));

        management.executeJob(grace.getId());
        assertThat(review)
                .hasPassedInOrder(
                        ReplyPublicationProcess.Elements.GRACE_OVER,
                        ReplyPublicationProcess.Elements.GRACE_CONFIGURED,
                        ReplyPublicationProcess.Elements.STILL_IN_REVIEW)
                .isWaitingAt(ReplyPublicationProcess.Elements.REVIEW);
        assertThat(review).hasNotPassed(ReplyPublicationProcess.Elements.PUBLISH_UNREVIEWED);
        assertThat(published(reply)).isZero();
        assertThat(reviewState(reply)).isEqualTo("OPEN");
    }

    @Test
    void with_a_grace_period_the_timer_publishes_a_reply_nobody_reviewed_and_ends_the_review() throws Exception {
        LocalDate today = calendar.dateOf(clock.instant());
        String number = prefix + "7";
        long reply = reply(number, department(), deputy(), CONTENT, back(today, 30), false, true);
        // the setting is read when the review opens; here the review is opened as if it were configured
        jdbc.update(
                "INSERT INTO reply_review (reply_id, state, opened_at) VALUES (?, 'OPEN', ?)",
                reply,
                Timestamp.from(clock.instant()));
        ProcessInstance review = COVERAGE.track(runtime.startProcessInstanceByMessage(
                ReplyPublicationProcess.Messages.REVIEW_REQUESTED,
                Long.toString(reply),
                Map.of(
                        ReplyPublicationProcess.Variables.REPLY_ID,
                        reply,
                        ReplyPublicationProcess.Variables.PUBLISH_UNREVIEWED,
                        true)));
        Job grace = management
                .createJobQuery()
                .processInstanceId(review.getId())
                .activityId(ReplyPublicationProcess.Elements.GRACE_OVER)
                .singleResult();

        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        management.executeJob(grace.getId());
        assertThat(review)
                .hasPassedInOrder(
                        ReplyPublicationProcess.Elements.GRACE_OVER,
                        ReplyPublicationProcess.Elements.GRACE_CONFIGURED,
                        ReplyPublicationProcess.Elements.PUBLISH_UNREVIEWED,
                        ReplyPublicationProcess.Elements.PUBLISHED_UNREVIEWED)
                .isEnded();
        assertThat(review).hasNotPassed(ReplyPublicationProcess.Elements.REVIEW_OUTCOME);
        assertThat(reviewState(reply)).isEqualTo("LAPSED");
        assertThat(audit.exactlyOne(mark, "reply.publish", "reply", reply, "system", "SUCCESS")
                        .toString())
                .contains("unreviewed");
        assertThat(body("/public/replies/" + number)).contains("已于今年完成改造").doesNotContain("13811112222");

        // the job may run twice: the second run publishes nothing more
        replies.publishUnreviewed(reply);
        assertThat(published(reply)).isEqualTo(1);
    }

    private Job dailyTimer() {
        return management
                .createJobQuery()
                .processDefinitionKey(ReplyPublicationProcess.KEY)
                .timers()
                .activityId(ReplyPublicationProcess.Elements.DAY_BEGUN)
                .singleResult();
    }

    private ProcessInstance review(long replyId) {
        return COVERAGE.track(runtime.createProcessInstanceQuery()
                .processDefinitionKey(ReplyPublicationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(replyId))
                .singleResult());
    }

    /** The reply's line in staff1's task list, read page by page so that other tests' tasks do not matter. */
    private JsonNode staffTask(SuggestionApi api, long replyId) throws Exception {
        for (int page = 0; page < 1000; page++) {
            JsonNode items = api.read(api.get("staff1", "/api/tasks?recordType=REPLY&size=100&page=" + page))
                    .get("items");
            for (JsonNode item : items) {
                if (item.get("recordId").asLong() == replyId) {
                    assertThat(item.get("recordType").asText()).isEqualTo("REPLY");
                    return item;
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        throw new AssertionError("no review task of reply " + replyId + " in staff1's task list");
    }

    private String reviewState(long replyId) {
        return jdbc.queryForObject("SELECT state FROM reply_review WHERE reply_id = ?", String.class, replyId);
    }

    private int reviews(long replyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reply_review WHERE reply_id = ?", Integer.class, replyId);
    }

    private int published(long replyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reply_publication WHERE reply_id = ?", Integer.class, replyId);
    }

    private long department() {
        return insert(
                "INSERT INTO department (code, name, kind) VALUES (?, ?, 'GOVERNMENT')",
                "r" + UUID.randomUUID().toString().substring(0, 8),
                "答复公开局" + run);
    }

    private long deputy() {
        return insert(
                "INSERT INTO deputy (name, delegation, phone, term) VALUES ('𠮷代表', '测试团', '13811112222', '第十六届')");
    }

    private LocalDate back(LocalDate today, int workingDays) {
        LocalDate day = today;
        while (calendar.addWorkingDays(day, workingDays).isAfter(today)) {
            day = day.minusDays(1);
        }
        // the latest day from which the working days end on or before today
        return day;
    }

    private void trackLatestInstance() {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReplyPublicationProcess.KEY)
                .orderByProcessInstanceStartTime()
                .desc()
                .list()
                .get(0);
        COVERAGE.track((ProcessInstance) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProcessInstance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getProcessInstanceId" -> instance.getId();
                    case "hashCode" -> instance.getId().hashCode();
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ProcessInstance[" + instance.getId() + "]";
                    default -> null;
                }));
    }

    private long reply(
            String serialNo,
            long department,
            long deputy,
            String content,
            LocalDate reached,
            boolean confidential,
            boolean publishable) {
        Timestamp at = Timestamp.from(calendar.startOfDay(reached).plus(Duration.ofHours(3)));
        long s = insert(
                "INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id, "
                        + "confidential, created_at, replied_at) VALUES (?, ?, '内容', '城乡建设', 'SESSION', 'REPLIED', ?, ?, ?, ?)",
                serialNo,
                "关于青山路改造的建议" + run,
                deputy,
                confidential,
                at,
                at);
        long a = insert(
                "INSERT INTO assignment (suggestion_id, department_id, role, state, active, assigned_at, dispute_due) "
                        + "VALUES (?, ?, 'LEAD', 'REPLIED', TRUE, ?, ?)",
                s,
                department,
                at,
                reached);
        return insert(
                "INSERT INTO reply (assignment_id, handling_round, result_class, content, publishable, written_by, "
                        + "written_at, approved, decided_by, decided_at) VALUES (?, 1, 'A', ?, ?, 'h', ?, TRUE, 'l', ?)",
                a,
                content,
                publishable,
                at,
                at);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
