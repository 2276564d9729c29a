package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.domain.ChainReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail's writing and its chain: a line joins its action's transaction, and verify finds an edited
 * or a removed row. Every record here is of a run of its own (a random record id), so that the lines
 * of the rest of the suite do not count.
 */
@DeputyFlowTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReading reading;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_committed_action_has_exactly_one_line_with_its_actor_roles_and_details() {
        signIn("staff1", "ROLE_STAFF", "ROLE_COUNCIL");
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> trail.record(
                        "test.change", "test", run, AuditTrail.SUCCESS, Map.of("before", "a", "after", "b")));

        List<Map<String, Object>> lines = lines();
        assertThat(lines).hasSize(1);
        Map<String, Object> line = lines.get(0);
        assertThat(line.get("actor_login")).isEqualTo("staff1");
        assertThat(line.get("actor_roles")).isEqualTo("COUNCIL,STAFF");
        assertThat(line.get("action")).isEqualTo("test.change");
        assertThat(line.get("outcome")).isEqualTo("SUCCESS");
        assertThat(line.get("details")).isEqualTo("{\"after\":\"b\",\"before\":\"a\"}");
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void an_action_that_rolls_back_leaves_no_line() {
        signIn("staff1", "ROLE_STAFF");
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    trail.record("test.change", "test", run, AuditTrail.SUCCESS, null);
                    throw new IllegalStateException("the action fails after its line");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(lines()).isEmpty();
    }

    @Test
    void several_lines_of_one_transaction_are_chained_in_their_order() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record("test.first", "test", run, AuditTrail.SUCCESS, null);
            trail.record("test.second", "test", run, AuditTrail.SUCCESS, null);
        });

        List<Map<String, Object>> lines = lines();
        assertThat(lines).extracting(l -> l.get("action")).containsExactly("test.first", "test.second");
        assertThat(lines.get(1).get("prev_hash")).isEqualTo(lines.get(0).get("row_hash"));
        assertThat(lines.get(0).get("actor_login")).isNull();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void an_edited_row_is_found_by_verify_at_that_row() {
        trail.record("test.change", "test", run, AuditTrail.SUCCESS, Map.of("amount", 1));
        long id = ((Number) lines().get(0).get("id")).longValue();
        String original = jdbc.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, id);
        try {
            jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", "{\"amount\":2}", id);

            ChainReport report = reading.verify();

            assertThat(report.ok()).isFalse();
            assertThat(report.brokenId()).isEqualTo(id);
            assertThat(report.reason().code()).isEqualTo("text.audit.chain.content");
        } finally {
            jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", original, id);
        }
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void a_removed_row_is_found_by_verify_at_the_row_after_it() {
        trail.record("test.first", "test", run, AuditTrail.SUCCESS, null);
        trail.record("test.second", "test", run, AuditTrail.SUCCESS, null);
        List<Map<String, Object>> lines = lines();
        long first = ((Number) lines.get(0).get("id")).longValue();
        long second = ((Number) lines.get(1).get("id")).longValue();
        Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", first);
        try {
            jdbc.update("DELETE FROM audit_event WHERE id = ?", first);

            ChainReport report = reading.verify();

            assertThat(report.ok()).isFalse();
            assertThat(report.brokenId()).isEqualTo(second);
        } finally {
            jdbc.update(
                    "INSERT INTO audit_event (id, occurred_at, actor_login, actor_roles, client_address, user_agent,"
                            + " action, record_type, record_id, outcome, details, prev_hash, row_hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    removed.get("ID") != null ? removed.get("ID") : removed.get("id"),
                    value(removed, "occurred_at"),
                    value(removed, "actor_login"),
                    value(removed, "actor_roles"),
                    value(removed, "client_address"),
                    value(removed, "user_agent"),
                    value(removed, "action"),
                    value(removed, "record_type"),
                    value(removed, "record_id"),
                    value(removed, "outcome"),
                    value(removed, "details"),
                    value(removed, "prev_hash"),
                    value(removed, "row_hash"));
        }
        assertThat(reading.verify().ok()).isTrue();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    private List<Map<String, Object>> lines() {
        return jdbc
                .queryForList(
                        "SELECT id, actor_login, actor_roles, action, outcome, details, prev_hash, row_hash"
                                + " FROM audit_event WHERE record_type = 'test' AND record_id = ? ORDER BY id",
                        run)
                .stream()
                .map(AuditTrailTests::lowerCase)
                .toList();
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(), v));
        return out;
    }

    private static void signIn(String login, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        login, null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
