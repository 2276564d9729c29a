package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the audit trail's rows as the tests of other modules need them: the lines of one record
 * written after a mark, so that lines of the rest of the suite and of the engine's timers do not count.
 */
public class AuditLines {

    private final JdbcTemplate jdbc;

    public AuditLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the last line so far: a mark to read the lines of the next action from. */
    public long mark() {
        Long last = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        return last == null ? 0 : last;
    }

    /** The lines of a record written after the mark, in chain order. */
    public List<Map<String, Object>> since(long mark, String recordType, Object recordId) {
        return jdbc.queryForList(
                "SELECT * FROM audit_event WHERE id > ? AND record_type = ? AND record_id = ? " + "ORDER BY id",
                mark,
                recordType,
                String.valueOf(recordId));
    }

    /** Every line of a record, in chain order. */
    public List<Map<String, Object>> of(String recordType, Object recordId) {
        return since(0, recordType, recordId);
    }

    /** The lines of an action written after the mark, in chain order. */
    public List<Map<String, Object>> since(long mark, String action) {
        return jdbc.queryForList("SELECT * FROM audit_event WHERE id > ? AND action = ? ORDER BY id", mark, action);
    }

    /**
     * Asserts that exactly one line of this action was written for the record after the mark, by
     * this actor and with this outcome, and returns it.
     */
    public Map<String, Object> exactlyOne(
            long mark, String action, String recordType, Object recordId, String actor, String outcome) {
        List<Map<String, Object>> lines = since(mark, recordType, recordId).stream()
                .filter(line -> action.equals(line.get("action")))
                .toList();
        assertThat(lines).as(action + " of " + recordType + " " + recordId).hasSize(1);
        Map<String, Object> line = lines.get(0);
        assertThat(line.get("actor_login")).as("actor of " + action).isEqualTo(actor);
        assertThat(line.get("outcome")).as("outcome of " + action).isEqualTo(outcome);
        return line;
    }
}
