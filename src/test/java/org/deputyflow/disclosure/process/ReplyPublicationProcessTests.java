package org.deputyflow.disclosure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Replies marked publishable appear on /public/replies/{number} 20 working days after they reached
 * the deputy, redacted; staff may publish earlier; a confidential suggestion's reply never appears.
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

    final String run = UUID.randomUUID().toString().substring(0, 6);
    /** numbers in the public format, in a year no real suggestion has */
    final String prefix = "9" + (100 + new java.util.Random().nextInt(900)) + "-" + (100000 + new java.util.Random().nextInt(800000));

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void everyPathIsCovered(@Autowired ProcessEngine engine) {
        COVERAGE.assertCovered(engine);
    }

    @Test
    void the_daily_timer_publishes_due_replies_redacted_and_staff_may_publish_earlier() throws Exception {
        Job timer = management.createJobQuery().processDefinitionKey(ReplyPublicationProcess.KEY).timers()
                .singleResult();
        Instant fires = timer.getDuedate().toInstant();
        LocalDate today = calendar.dateOf(fires);
        long department = insert("INSERT INTO department (code, name, kind) VALUES (?, ?, 'GOVERNMENT')",
                "r" + run, "答复公开局" + run);
        long deputy = insert("INSERT INTO deputy (name, delegation, phone, term) VALUES ('𠮷代表', '测试团', '13811112222', '第十六届')");
        String content = "代表您好：经研究，已于今年完成改造。经办人电话 13811112222，邮箱 jbr@example.gov.cn，住址青山路8号。";

        // reached the deputy 20 working days ago exactly, and one working day short of that
        Instant due = calendar.startOfDay(today);
        LocalDate reachedDue = back(today, 20);
        LocalDate reachedEarly = back(today, 19);
        String dueNo = prefix + "1";
        long dueReply = reply(dueNo, department, deputy, content, reachedDue, false, true);
        String earlyNo = prefix + "2";
        long earlyReply = reply(earlyNo, department, deputy, content, reachedEarly, false, true);
        String secretNo = prefix + "3";
        long secretReply = reply(secretNo, department, deputy, content, reachedDue, true, true);
        String notPublishableNo = prefix + "4";
        reply(notPublishableNo, department, deputy, content, reachedDue, false, false);

        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        int start = content.indexOf("住址");
        int end = content.indexOf("。", start);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/replies/" + dueReply + "/redactions")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("staff1", "demo"))
                .contentType("application/json")
                .content(json.writeValueAsString(Map.of("spans", List.of(Map.of("start", start, "end", end))))))
                .andExpect(status().isNoContent());

        clock.set(fires.isAfter(due) ? fires : due);
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        management.executeJob(timer.getId());
        // the timer's publication is one audit line of the system per reply it published, and none for the others
        audit.exactlyOne(mark, "reply.publish", "reply", dueReply, "system", "SUCCESS");
        assertThat(audit.since(mark, "reply", earlyReply)).isEmpty();
        assertThat(audit.since(mark, "reply", secretReply)).isEmpty();
        trackLatestInstance();

        String page = body("/public/replies/" + dueNo);
        assertThat(page).contains("已于今年完成改造", "答复公开局" + run, "［已隐去］")
                .doesNotContain("13811112222", "jbr@example.gov.cn", "青山路8号");
        mvc.perform(get("/public/replies/" + earlyNo)).andExpect(status().isNotFound());
        mvc.perform(get("/public/replies/" + secretNo).accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(content().string(containsString("页面不存在")));
        mvc.perform(get("/public/replies/" + notPublishableNo)).andExpect(status().isNotFound());
        assertThat(body("/public")).contains("/public/replies/" + dueNo);

        api.read(api.post("staff1", "/api/replies/" + earlyReply + "/publication", null));
        assertThat(body("/public/replies/" + earlyNo)).contains("已于今年完成改造").doesNotContain("13811112222");
        api.post("staff1", "/api/replies/" + secretReply + "/publication", null).andExpect(status().isNotFound());
        api.post("staff1", "/api/replies/" + earlyReply + "/publication", null).andExpect(status().isNotFound());
        api.post("deputy001", "/api/replies/" + earlyReply + "/publication", null).andExpect(status().isForbidden());
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
                .processDefinitionKey(ReplyPublicationProcess.KEY).orderByProcessInstanceStartTime().desc().list()
                .get(0);
        COVERAGE.track((ProcessInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessInstance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getProcessInstanceId" -> instance.getId();
                    case "hashCode" -> instance.getId().hashCode();
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ProcessInstance[" + instance.getId() + "]";
                    default -> null;
                }));
    }

    private long reply(String serialNo, long department, long deputy, String content, LocalDate reached,
            boolean confidential, boolean publishable) {
        Timestamp at = Timestamp.from(calendar.startOfDay(reached).plus(Duration.ofHours(3)));
        long s = insert("INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id, "
                + "confidential, created_at, replied_at) VALUES (?, ?, '内容', '城乡建设', 'SESSION', 'REPLIED', ?, ?, ?, ?)",
                serialNo, "关于青山路改造的建议" + run, deputy, confidential, at, at);
        long a = insert("INSERT INTO assignment (suggestion_id, department_id, role, state, active, assigned_at, dispute_due) "
                + "VALUES (?, ?, 'LEAD', 'REPLIED', TRUE, ?, ?)", s, department, at, reached);
        return insert("INSERT INTO reply (assignment_id, handling_round, result_class, content, publishable, written_by, "
                + "written_at, approved, decided_by, decided_at) VALUES (?, 1, 'A', ?, ?, 'h', ?, TRUE, 'l', ?)",
                a, content, publishable, at, at);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
