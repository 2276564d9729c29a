package org.deputyflow.suggestion.reporting;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes exactly the rows a reporting test needs, with JdbcTemplate: departments of its own (with
 * codes nobody else uses, since the database is shared and on MariaDB outlives a test class),
 * suggestions in any status, assignments in any state with any due date, replies, evaluations,
 * extension requests and urges.
 */
public class ReportingData {

    // unique across test classes and runs against one database: a shared MariaDB keeps earlier rows
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 10);

    private final JdbcTemplate jdbc;

    public ReportingData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    public long department(String name) {
        return insert(
                "INSERT INTO department (code, name, kind, active) VALUES (?, ?, 'GOVERNMENT', TRUE)",
                unique("rp-"),
                name);
    }

    public String code(long departmentId) {
        return jdbc.queryForObject("SELECT code FROM department WHERE id = ?", String.class, departmentId);
    }

    public long deputy() {
        return insert(
                "INSERT INTO deputy (name, delegation, term, active) VALUES (?, '统计测试代表团', '第十六届', TRUE)",
                unique("统计代表"));
    }

    public SuggestionRow suggestion(long deputyId) {
        return new SuggestionRow(deputyId);
    }

    public AssignmentRow assignment(long suggestionId, long departmentId) {
        return new AssignmentRow(suggestionId, departmentId);
    }

    public long reply(long assignmentId, int round, String resultClass, Boolean approved) {
        return insert("""
                INSERT INTO reply (assignment_id, handling_round, result_class, content, publishable, written_by,
                                   written_at, approved)
                VALUES (?, ?, ?, '答复', TRUE, 'handler', ?, ?)""", assignmentId, round, resultClass, utc(Instant.now()), approved);
    }

    public void evaluation(long assignmentId, int round, String attitude, String result, long deputyId) {
        insert("""
                INSERT INTO evaluation (assignment_id, handling_round, attitude, result, deputy_id, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", assignmentId, round, attitude, result, deputyId, utc(Instant.now()));
    }

    public void extension(long assignmentId, Boolean approved) {
        insert("""
                INSERT INTO extension_request (assignment_id, months, reason, requested_by, requested_at,
                                               previous_due, approved)
                VALUES (?, 2, '需要协调多个部门', 'leader', ?, ?, ?)""", assignmentId, utc(Instant.now()), LocalDate.now(), approved);
    }

    public void urge(long suggestionId, long assignmentId) {
        insert("""
                INSERT INTO urge (suggestion_id, assignment_id, message, urged_by, urged_at)
                VALUES (?, ?, '请抓紧办理', 'staff1', ?)""", suggestionId, assignmentId, utc(Instant.now()));
    }

    public void followUp(long assignmentId, boolean delivered, Instant writtenAt) {
        insert("""
                INSERT INTO follow_up (assignment_id, content, delivered, written_by, written_at)
                VALUES (?, '跟踪办理情况', ?, 'handler', ?)""", assignmentId, delivered, utc(writtenAt));
    }

    public void set(String table, String column, Object value, long id) {
        // table and column come from the test's own literals, never from input
        jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE id = ?", value, id);
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long insert(String sql, Object... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    public final class SuggestionRow {
        private final long deputyId;
        private String status = "IN_HANDLING";
        private LocalDate screeningDue;
        private LocalDate evaluationDue;
        private boolean notEvaluated;
        private String title = "统计测试建议";
        private Instant submittedAt = Instant.now();
        private String category = "城乡建设";
        private String period = "SESSION";

        private SuggestionRow(long deputyId) {
            this.deputyId = deputyId;
        }

        public SuggestionRow status(String value) {
            status = value;
            return this;
        }

        public SuggestionRow screeningDue(LocalDate value) {
            screeningDue = value;
            return this;
        }

        public SuggestionRow evaluationDue(LocalDate value) {
            evaluationDue = value;
            return this;
        }

        public SuggestionRow notEvaluated() {
            notEvaluated = true;
            return this;
        }

        public SuggestionRow title(String value) {
            title = value;
            return this;
        }

        public SuggestionRow submittedAt(Instant value) {
            submittedAt = value;
            return this;
        }

        public SuggestionRow category(String value) {
            category = value;
            return this;
        }

        public SuggestionRow period(String value) {
            period = value;
            return this;
        }

        public long insert() {
            return ReportingData.this.insert(
                    """
                    INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id,
                                            created_at, submitted_at, screening_due, evaluation_due, not_evaluated)
                    VALUES (?, ?, '内容', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    unique("R"),
                    title,
                    category,
                    period,
                    status,
                    deputyId,
                    utc(submittedAt),
                    utc(submittedAt),
                    screeningDue,
                    evaluationDue,
                    notEvaluated);
        }
    }

    public final class AssignmentRow {
        private final long suggestionId;
        private final long departmentId;
        private String role = "LEAD";
        private String state = "HANDLING";
        private boolean active = true;
        private Instant assignedAt = Instant.now();
        private LocalDate replyDue;
        private LocalDate opinionDue;
        private boolean opinionWaived;
        private Instant repliedAt;
        private Boolean repliedOnTime;

        private AssignmentRow(long suggestionId, long departmentId) {
            this.suggestionId = suggestionId;
            this.departmentId = departmentId;
        }

        public AssignmentRow role(String value) {
            role = value;
            return this;
        }

        public AssignmentRow state(String value) {
            state = value;
            return this;
        }

        public AssignmentRow inactive() {
            active = false;
            return this;
        }

        public AssignmentRow assignedAt(Instant value) {
            assignedAt = value;
            return this;
        }

        public AssignmentRow replyDue(LocalDate value) {
            replyDue = value;
            return this;
        }

        public AssignmentRow opinionDue(LocalDate value) {
            opinionDue = value;
            return this;
        }

        public AssignmentRow opinionWaived() {
            opinionWaived = true;
            return this;
        }

        public AssignmentRow replied(Instant at, boolean onTime) {
            repliedAt = at;
            repliedOnTime = onTime;
            return this;
        }

        public long insert() {
            return ReportingData.this.insert(
                    """
                    INSERT INTO assignment (suggestion_id, department_id, role, state, active, assigned_at, dispute_due,
                                            opinion_due, reply_due, opinion_waived, replied_at, replied_on_time)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    suggestionId,
                    departmentId,
                    role,
                    state,
                    active,
                    utc(assignedAt),
                    LocalDate.ofInstant(assignedAt, ZoneOffset.UTC).plusDays(9),
                    opinionDue,
                    replyDue,
                    opinionWaived,
                    utc(repliedAt),
                    repliedOnTime);
        }
    }
}
