package org.deputyflow.disclosure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** One test per path of quarterly-disclosure.bpmn, through the API as staff and council use it. */
@DeputyFlowTest
class QuarterlyDisclosureProcessTests {

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(DisclosureProcess.KEY);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TestClock clock;

    SuggestionApi api;

    /** A meeting of the chairpersons' council, long held, at which the council decides. */
    long councilMeeting;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new SuggestionApi(mvc, json, jdbc);
        councilMeeting = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 1, 6));
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
    void staff_start_a_past_quarter_review_it_and_the_council_approves_and_publishes() throws Exception {
        long id = start(2011, 1);
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt(DisclosureProcess.Elements.REVIEW);
        assertThat(state(id)).isEqualTo("IN_REVIEW");

        JsonNode reviewed = api.read(
                api.post("staff1", "/api/disclosures/" + id + "/review", Map.of("commentary", "本季度重点建议均已交办。")));
        assertThat(reviewed.at("/disclosure/commentary").asText()).isEqualTo("本季度重点建议均已交办。");
        assertThat(process).isWaitingAt(DisclosureProcess.Elements.APPROVE);

        // the council decides at one of its meetings, already held
        String approval = "/api/disclosures/" + id + "/approval";
        api.post("council1", approval, Map.of("approve", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.disclosure.meetingRequired"))
                .andExpect(jsonPath("$.errors.meetingId").isNotEmpty());
        long standingCommittee = TestMeetings.insert(jdbc, MeetingKind.STANDING_COMMITTEE, LocalDate.of(2020, 1, 7));
        api.post("council1", approval, Map.of("approve", true, "meetingId", standingCommittee))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.meeting.wrongKind"));
        long ahead = TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2999, 1, 4));
        api.post("council1", approval, Map.of("approve", true, "meetingId", ahead))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.meeting.notYetHeld"));
        assertThat(process).isWaitingAt(DisclosureProcess.Elements.APPROVE);

        api.read(api.post("council1", approval, Map.of("approve", true, "meetingId", councilMeeting)));
        assertThat(jdbc.queryForObject("SELECT decided_meeting_id FROM disclosure WHERE id = ?", Long.class, id))
                .isEqualTo(councilMeeting);
        JsonNode decisions = api.read(api.get("staff1", "/api/meetings/" + councilMeeting + "/decisions"));
        assertThat(decisions.at("/decisions").findValuesAsText("link")).contains("/disclosures/" + id);
        assertThat(decisions.at("/decisions").findValuesAsText("kind")).contains("DISCLOSURE_APPROVED");
        // a meeting a decision refers to keeps its date and number
        api.put(
                        "staff1",
                        "/api/meetings/" + councilMeeting,
                        Map.of("kind", "CHAIRPERSONS_COUNCIL", "number", "改号", "heldOn", "2020-01-07"))
                .andExpect(status().isConflict());
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(
                        DisclosureProcess.Elements.STARTED_BY_STAFF,
                        DisclosureProcess.Elements.BUILD_SNAPSHOT,
                        DisclosureProcess.Elements.REVIEW,
                        DisclosureProcess.Elements.APPROVE,
                        DisclosureProcess.Elements.PUBLISH,
                        DisclosureProcess.Elements.PUBLISHED);
        assertThat(state(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void the_council_sends_it_back_with_a_comment_and_staff_review_it_again() throws Exception {
        long id = start(2011, 2);
        ProcessInstance process = instance(id);
        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of()));
        api.post("council1", "/api/disclosures/" + id + "/approval", Map.of("approve", false))
                .andExpect(status().isBadRequest());
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of("approve", false, "comment", "请补充对逾期单位的说明", "meetingId", councilMeeting)));
        assertThat(process).isWaitingAt(DisclosureProcess.Elements.REVIEW);
        assertThat(state(id)).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("SELECT sent_back_comment FROM disclosure WHERE id = ?", String.class, id))
                .isEqualTo("请补充对逾期单位的说明");

        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of("commentary", "已补充说明。")));
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of("approve", true, "meetingId", councilMeeting)));
        assertThat(process).isEnded().hasPassed(DisclosureProcess.Elements.PUBLISHED);
    }

    @Test
    void the_wrong_step_the_wrong_role_an_unfinished_quarter_and_a_second_one_in_progress_are_refused()
            throws Exception {
        long id = start(2011, 3);
        track(id);
        api.post(
                        "council1",
                        "/api/disclosures/" + id + "/approval",
                        Map.of("approve", true, "meetingId", councilMeeting))
                .andExpect(status().isConflict());
        api.post("council1", "/api/disclosures/" + id + "/review", Map.of()).andExpect(status().isForbidden());
        api.post("staff1", "/api/disclosures", Map.of("year", 2011, "quarter", 3))
                .andExpect(status().isConflict());
        api.post("staff1", "/api/disclosures", Map.of("year", 2999, "quarter", 4))
                .andExpect(status().isBadRequest());
        api.post("staff1", "/api/disclosures", Map.of("year", 2011, "quarter", 5))
                .andExpect(status().isBadRequest());
        api.get("deputy001", "/api/disclosures").andExpect(status().isForbidden());
    }

    @Test
    void a_correction_is_a_new_version_that_names_the_one_it_replaces() throws Exception {
        long first = start(2011, 4);
        publish(first);
        JsonNode correction = api.read(api.post("staff1", "/api/disclosures/" + first + "/corrections", null));
        long second = correction.at("/disclosure/id").asLong();
        ProcessInstance process = instance(second);
        assertThat(correction.at("/disclosure/replacesId").asLong()).isEqualTo(first);
        assertThat(correction.at("/disclosure/version").asInt()).isEqualTo(2);
        api.post("staff1", "/api/disclosures/" + first + "/corrections", null).andExpect(status().isConflict());
        publish(second);
        assertThat(process).isEnded();
        assertThat(state(first)).isEqualTo("PUBLISHED");
        assertThat(state(second)).isEqualTo("PUBLISHED");
    }

    @Test
    void the_timer_starts_one_at_midnight_on_the_first_day_of_a_quarter_in_shanghai() {
        Job timer = management
                .createJobQuery()
                .processDefinitionKey(DisclosureProcess.KEY)
                .timers()
                .singleResult();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(SHANGHAI);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.toLocalTime()).hasToString("00:00");

        clock.set(due.toInstant().minusSeconds(1));
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey(DisclosureProcess.KEY)
                        .timers()
                        .executable()
                        .count())
                .isZero();
        clock.set(due.toInstant());
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey(DisclosureProcess.KEY)
                        .timers()
                        .executable()
                        .count())
                .isOne();
        management.executeJob(timer.getId());

        Quarter ended = Quarter.before(due.toLocalDate());
        Long id = jdbc.queryForObject(
                "SELECT MAX(id) FROM disclosure WHERE period_year = ? AND period_quarter = ?",
                Long.class,
                ended.year(),
                ended.quarter());
        ProcessInstance process = instance(id);
        assertThat(process)
                .isWaitingAt(DisclosureProcess.Elements.REVIEW)
                .hasPassed(DisclosureProcess.Elements.QUARTER_BEGUN);

        Job next = management
                .createJobQuery()
                .processDefinitionKey(DisclosureProcess.KEY)
                .timers()
                .singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(due.plusMonths(3).toInstant());
    }

    private long start(int year, int quarter) throws Exception {
        return api.read(api.post("staff1", "/api/disclosures", Map.of("year", year, "quarter", quarter)))
                .at("/disclosure/id")
                .asLong();
    }

    private void publish(long id) throws Exception {
        api.read(api.post("staff1", "/api/disclosures/" + id + "/review", Map.of()));
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of("approve", true, "meetingId", councilMeeting)));
    }

    private ProcessInstance instance(long id) {
        return track(id);
    }

    private ProcessInstance track(long id) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DisclosureProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id))
                .singleResult();
        return COVERAGE.track(instance);
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT state FROM disclosure WHERE id = ?", String.class, id);
    }
}
