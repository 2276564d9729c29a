package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The snapshot's numbers on a data set seeded with departments and suggestions of the test's own, in
 * quarters long past, against figures counted by hand. Quarters run from 00:00 Asia/Shanghai, which
 * is 16:00 UTC the day before.
 */
@DeputyFlowTest
class DisclosureSnapshotTests {

    @Autowired
    Disclosures disclosures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    String run;
    long deputy;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        deputy = insert(
                "INSERT INTO deputy (name, delegation, phone, term) VALUES (?, ?, ?, ?)",
                "𠮷测试代表",
                "测试代表团",
                "13912345678",
                "第十六届");
    }

    @Test
    void department_and_key_suggestion_figures_equal_the_hand_counted_ones() {
        long x = department("甲局");
        long y = department("乙局");

        long s1 = suggestion("重点：公交线路", "REPLIED", false);
        long a1 = assignment(s1, x, "LEAD", true, "2021-04-10T02:00:00Z", "2021-06-10", "2021-05-20T02:00:00Z", true);
        reply(a1, "A", true, "2021-05-20T02:00:00Z");
        evaluation(a1, "SATISFIED", "BASICALLY_SATISFIED", "2021-06-01T02:00:00Z");
        keySuggestion(s1, "2021-04-20T02:00:00Z");

        long s2 = suggestion("学校周边交通", "REPLIED", false);
        long a2 = assignment(s2, x, "LEAD", true, "2021-04-15T02:00:00Z", "2021-06-15", "2021-06-20T02:00:00Z", false);
        reply(a2, "A", false, "2021-06-18T02:00:00Z");
        reply(a2, "B", true, "2021-06-20T02:00:00Z");
        evaluation(a2, "UNSATISFIED", "UNSATISFIED", "2021-06-25T02:00:00Z");
        jdbc.update(
                "INSERT INTO extension_request (assignment_id, months, reason, requested_by, requested_at, "
                        + "previous_due, approved, decided_by, decided_at, new_due) VALUES (?, 1, '需要调研', 'h', ?, ?, TRUE, 's', ?, ?)",
                a2,
                ts("2021-04-20T02:00:00Z"),
                LocalDate.parse("2021-05-15"),
                ts("2021-05-01T02:00:00Z"),
                LocalDate.parse("2021-06-15"));

        long s3 = suggestion("保密：安全隐患", "IN_HANDLING", true);
        assignment(s3, x, "LEAD", true, "2021-05-01T02:00:00Z", "2021-06-20", null, null);
        keySuggestion(s3, "2021-05-02T02:00:00Z");

        long s4 = suggestion("协办件", "IN_HANDLING", false);
        assignment(s4, x, "CO", true, "2021-05-01T02:00:00Z", null, null, null);

        long s5 = suggestion("上季度件", "CLOSED", false);
        assignment(s5, x, "LEAD", true, "2021-01-10T02:00:00Z", "2021-03-10", "2021-03-01T02:00:00Z", true);
        jdbc.update(
                "UPDATE suggestion SET not_evaluated = TRUE, closed_at = ? WHERE id = ?",
                ts("2021-04-05T02:00:00Z"),
                s5);

        long s6 = suggestion("下季度件", "REPLIED", false);
        long a6 = assignment(s6, x, "LEAD", true, "2021-07-05T02:00:00Z", "2021-09-05", "2021-07-10T02:00:00Z", true);
        reply(a6, "A", true, "2021-07-10T02:00:00Z");

        // 01:00 on 1 April in Shanghai, still 31 March in UTC: this quarter
        long s7 = suggestion("季度之初", "IN_HANDLING", false);
        assignment(s7, x, "LEAD", true, "2021-03-31T17:00:00Z", "2021-07-30", null, null);
        // 23:59 on 30 June in Shanghai: this quarter; and an assignment withdrawn after a dispute: none
        assignment(s7, y, "CO", true, "2021-06-30T15:59:00Z", null, null, null);
        assignment(s1, y, "LEAD", false, "2021-04-10T02:00:00Z", "2021-06-10", null, null);

        Snapshot snapshot = disclosures.snapshot(disclosures.build(new Quarter(2021, 2), null));

        assertThat(figures(snapshot, "甲局"))
                .isEqualTo(new DepartmentFigures(name("甲局"), 5, 2, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1));
        DepartmentLine xLine = line(snapshot, "甲局");
        assertThat(xLine.solvedRate()).isEqualTo("50.0%");
        assertThat(xLine.satisfactionRate()).isEqualTo("50.0%");
        assertThat(figures(snapshot, "乙局"))
                .isEqualTo(new DepartmentFigures(name("乙局"), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(line(snapshot, "乙局").solvedRate()).isEqualTo("—");

        List<KeyLine> mine = snapshot.keyLines().stream()
                .filter(l -> l.title().startsWith(run))
                .toList();
        assertThat(mine).hasSize(1);
        KeyLine key = mine.get(0);
        assertThat(key.title()).isEqualTo(run + "重点：公交线路");
        assertThat(key.leadDepartment()).isEqualTo(name("甲局"));
        assertThat(key.status()).isEqualTo("已答复");
        assertThat(key.resultClass()).isEqualTo("A");
        assertThat(key.evaluation()).isEqualTo("基本满意");
        assertThat(key.daysTaken()).isEqualTo(40);
    }

    @Test
    void a_key_line_names_the_supervising_leader_every_lead_department_and_only_the_approved_progress() {
        long x = department("丁局");
        long y = department("戊局");
        long z = department("己局");
        long s = suggestion("重点：河道治理", "IN_HANDLING", false);
        assignment(s, x, "PARALLEL_LEAD", true, "2019-07-10T02:00:00Z", "2019-10-10", null, null);
        assignment(s, y, "PARALLEL_LEAD", true, "2019-07-10T02:00:00Z", "2019-10-10", null, null);
        assignment(s, z, "CO", true, "2019-07-10T02:00:00Z", null, null, null);
        keySuggestion(s, "2019-07-20T02:00:00Z");
        jdbc.update(
                "UPDATE key_suggestion SET progress_approved = '两段河道已完成清淤，联系电话13800138000',"
                        + " progress_draft = '尚未审定的新稿' WHERE suggestion_id = ?",
                s);

        Snapshot snapshot = disclosures.snapshot(disclosures.build(new Quarter(2019, 3), null));

        KeyLine key = snapshot.keyLines().stream()
                .filter(l -> l.title().startsWith(run))
                .findFirst()
                .orElseThrow();
        assertThat(key.leadDepartment()).isEqualTo(name("丁局") + "、" + name("戊局"));
        assertThat(key.supervisingLeader())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT display_name FROM app_user WHERE login = 'council1'", String.class));
        // the approved sentence, redacted as every published text is; never the draft
        assertThat(key.progress())
                .startsWith("两段河道已完成清淤")
                .doesNotContain("8000")
                .doesNotContain("新稿");
    }

    @Test
    void changing_a_suggestion_after_publication_changes_nothing_published_and_a_correction_shows_the_change()
            throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long x = department("丙局");
        long s1 = suggestion("冻结前的标题", "REPLIED", false);
        long a1 = assignment(s1, x, "LEAD", true, "2012-02-10T02:00:00Z", "2012-03-10", "2012-03-01T02:00:00Z", true);
        reply(a1, "A", true, "2012-03-01T02:00:00Z");
        keySuggestion(s1, "2012-02-11T02:00:00Z");

        long first = api.read(api.post("staff1", "/api/disclosures", Map.of("year", 2012, "quarter", 1)))
                .at("/disclosure/id")
                .asLong();
        api.read(api.post("staff1", "/api/disclosures/" + first + "/review", Map.of("commentary", "说明")));
        api.read(api.post(
                "council1",
                "/api/disclosures/" + first + "/approval",
                Map.of(
                        "approve",
                        true,
                        "meetingId",
                        TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 1, 6)))));
        String before = json.writeValueAsString(api.read(api.get("staff1", "/api/disclosures/" + first)));

        jdbc.update("UPDATE suggestion SET title = ?, status = 'CLOSED' WHERE id = ?", run + "改过的标题", s1);
        long s2 = suggestion("新的件", "IN_HANDLING", false);
        assignment(s2, x, "LEAD", true, "2012-02-20T02:00:00Z", "2012-03-20", null, null);

        JsonNode after = api.read(api.get("staff1", "/api/disclosures/" + first));
        assertThat(json.writeValueAsString(after)).isEqualTo(before);
        assertThat(departmentNode(after, "丙局").get("figures").get("received").asInt())
                .isEqualTo(1);

        long second = api.read(api.post("staff1", "/api/disclosures/" + first + "/corrections", null))
                .at("/disclosure/id")
                .asLong();
        JsonNode correction = api.read(api.get("staff1", "/api/disclosures/" + second));
        assertThat(departmentNode(correction, "丙局")
                        .get("figures")
                        .get("received")
                        .asInt())
                .isEqualTo(2);
        assertThat(correction.get("keyLines").findValuesAsText("title")).contains(run + "改过的标题");
        assertThat(correction.at("/disclosure/replacesId").asLong()).isEqualTo(first);
    }

    private JsonNode departmentNode(JsonNode snapshot, String department) {
        for (JsonNode line : snapshot.get("departmentLines")) {
            if (line.get("figures").get("departmentName").asText().equals(name(department))) {
                return line;
            }
        }
        throw new AssertionError("no line for " + department);
    }

    private DepartmentLine line(Snapshot snapshot, String department) {
        return snapshot.departmentLines().stream()
                .filter(l -> l.figures().departmentName().equals(name(department)))
                .findFirst()
                .orElseThrow();
    }

    private DepartmentFigures figures(Snapshot snapshot, String department) {
        return line(snapshot, department).figures();
    }

    private String name(String department) {
        return department + run;
    }

    private long department(String name) {
        return insert(
                "INSERT INTO department (code, name, kind) VALUES (?, ?, 'GOVERNMENT')",
                "d" + name.hashCode() % 1000 + run,
                name(name));
    }

    private long suggestion(String title, String status, boolean confidential) {
        return insert(
                "INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id, "
                        + "confidential, created_at) VALUES (?, ?, '内容', '城乡建设', 'SESSION', ?, ?, ?, ?)",
                "T" + UUID.randomUUID().toString().substring(0, 12),
                run + title,
                status,
                deputy,
                confidential,
                ts("2011-01-01T00:00:00Z"));
    }

    private long assignment(
            long suggestion,
            long department,
            String role,
            boolean active,
            String assignedAt,
            String replyDue,
            String repliedAt,
            Boolean onTime) {
        return insert(
                "INSERT INTO assignment (suggestion_id, department_id, role, state, active, assigned_at, dispute_due, "
                        + "reply_due, replied_at, replied_on_time) VALUES (?, ?, ?, 'HANDLING', ?, ?, ?, ?, ?, ?)",
                suggestion,
                department,
                role,
                active,
                ts(assignedAt),
                LocalDate.parse(assignedAt.substring(0, 10)),
                replyDue == null ? null : LocalDate.parse(replyDue),
                repliedAt == null ? null : ts(repliedAt),
                onTime);
    }

    private void reply(long assignment, String resultClass, boolean approved, String decidedAt) {
        jdbc.update(
                "INSERT INTO reply (assignment_id, handling_round, result_class, content, publishable, written_by, "
                        + "written_at, approved, decided_by, decided_at) VALUES (?, 1, ?, '答复', TRUE, 'h', ?, ?, 'l', ?)",
                assignment,
                resultClass,
                ts(decidedAt),
                approved,
                ts(decidedAt));
    }

    private void evaluation(long assignment, String attitude, String result, String at) {
        jdbc.update(
                "INSERT INTO evaluation (assignment_id, handling_round, attitude, result, deputy_id, evaluated_at) "
                        + "VALUES (?, 1, ?, ?, ?, ?)",
                assignment,
                attitude,
                result,
                deputy,
                ts(at));
    }

    private void keySuggestion(long suggestion, String at) {
        jdbc.update(
                "INSERT INTO key_suggestion (suggestion_id, supervising_leader, designated_by, designated_at) "
                        + "VALUES (?, 'council1', 'council1', ?)",
                suggestion,
                ts(at));
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
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
