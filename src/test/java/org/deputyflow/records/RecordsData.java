package org.deputyflow.records;

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
 * Writes exactly the rows a records test counts, with JdbcTemplate: deputies of a delegation of the
 * test's own (the database is shared and on MariaDB outlives a test class), their suggestions with
 * signers, motions with signers, evaluations and contact records, each at a given moment.
 */
public class RecordsData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 10);

    private final JdbcTemplate jdbc;
    private final long department;

    public RecordsData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.department = insert(
                "INSERT INTO department (code, name, kind, active) VALUES (?, ?, 'GOVERNMENT', TRUE)",
                unique("rc-"),
                unique("履职测试局"));
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    public long deputy(String name, String delegation) {
        return deputy(name, delegation, true);
    }

    public long deputy(String name, String delegation, boolean active) {
        return insert(
                "INSERT INTO deputy (name, delegation, term, active) VALUES (?, ?, '第十六届', ?)",
                name,
                delegation,
                active);
    }

    /** A deputy who signs in as {@code login} with the demo password. */
    public long deputyWithLogin(String login, String name, String delegation) {
        long deputyId = deputy(name, delegation);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE login = 'deputy001'", String.class);
        long userId = insert(
                "INSERT INTO app_user (login, display_name, password_hash, deputy_id, active) "
                        + "VALUES (?, ?, ?, ?, TRUE)",
                login,
                name,
                hash,
                deputyId);
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, 'DEPUTY')", userId);
        return deputyId;
    }

    /** A suggestion led by {@code lead}, submitted at {@code submittedAt} (a draft awaiting signers when null). */
    public long suggestion(long lead, Instant submittedAt) {
        long id = insert(
                """
                INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id,
                                        created_at, submitted_at, evaluation_due)
                VALUES (?, '履职测试建议', '内容', '城乡建设', 'SESSION', ?, ?, ?, ?, ?)""",
                unique("D"),
                submittedAt == null ? "AWAITING_COSIGNERS" : "REPLIED",
                lead,
                utc(submittedAt == null ? Instant.now() : submittedAt),
                utc(submittedAt),
                LocalDate.of(1997, 6, 30));
        jdbc.update(
                "INSERT INTO suggestion_signer (suggestion_id, deputy_id, lead, answer) VALUES (?, ?, TRUE, 'ACCEPTED')",
                id,
                lead);
        return id;
    }

    public void coSigner(long suggestionId, long deputyId, String answer) {
        jdbc.update(
                "INSERT INTO suggestion_signer (suggestion_id, deputy_id, lead, answer) VALUES (?, ?, FALSE, ?)",
                suggestionId,
                deputyId,
                answer);
    }

    public long assignment(long suggestionId) {
        return insert("""
                INSERT INTO assignment (suggestion_id, department_id, role, state, assigned_at, dispute_due)
                VALUES (?, ?, 'LEAD', 'REPLIED', ?, ?)""", suggestionId, department, utc(Instant.now()), LocalDate.now());
    }

    public void evaluation(long assignmentId, int round, long deputyId, Instant at, Boolean onTime) {
        insert("""
                INSERT INTO evaluation (assignment_id, handling_round, attitude, result, deputy_id, evaluated_at, on_time)
                VALUES (?, ?, 'SATISFIED', 'SATISFIED', ?, ?, ?)""", assignmentId, round, deputyId, utc(at), onTime);
    }

    public void contact(long assignmentId, String method, Instant at) {
        insert("""
                INSERT INTO contact_record (assignment_id, method, contacted_at, summary, recorded_by, recorded_at)
                VALUES (?, ?, ?, '与代表沟通', 'handler', ?)""", assignmentId, method, utc(at), utc(Instant.now()));
    }

    public long motion(long lead, Instant createdAt) {
        long id = insert("""
                INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,
                                    created_at, signing_due)
                VALUES (?, '履职测试议案', '理由', '依据', '方案', 'SESSION', 'AWAITING_DECISION', ?, ?, ?)""", unique("MD"), lead, utc(createdAt), LocalDate.of(1997, 3, 1));
        jdbc.update(
                "INSERT INTO motion_signer (motion_id, deputy_id, lead, answer) VALUES (?, ?, TRUE, 'ACCEPTED')",
                id,
                lead);
        return id;
    }

    public void motionCoSigner(long motionId, long deputyId, String answer) {
        jdbc.update(
                "INSERT INTO motion_signer (motion_id, deputy_id, lead, answer) VALUES (?, ?, FALSE, ?)",
                motionId,
                deputyId,
                answer);
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
}
