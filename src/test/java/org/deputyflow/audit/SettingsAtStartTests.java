package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settings are configuration read at start: each start compares them with the last start's and writes a
 * line for every setting that changed, before and after, and never a secret's value.
 */
@DeputyFlowTest
class SettingsAtStartTests {

    @Autowired
    SettingsAtStart settings;

    @Autowired
    AuditReading reading;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_start_of_this_application_recorded_the_settings_it_runs_with() {
        Map<String, Object> retention =
                jdbc.queryForMap("SELECT setting_value FROM audit_setting WHERE name = 'deputyflow.audit.retention'");
        assertThat(retention.get("setting_value")).isEqualTo("P3Y");
        assertThat(jdbc.queryForObject(
                        "SELECT setting_value FROM audit_setting WHERE name = 'deputyflow.audit.archive-key'",
                        String.class))
                .isIn(SettingsAtStart.SET, SettingsAtStart.NOT_SET);
    }

    @Test
    void a_start_with_changed_settings_writes_one_line_per_change_with_before_and_after() {
        Map<String, String> last = stored();
        AuditLines lines = new AuditLines(jdbc);

        Map<String, String> changed = new TreeMap<>(last);
        changed.put("deputyflow.accounts.lockout.max-failures", "3");
        changed.put("deputyflow.test.added", "on");
        long mark = lines.mark();
        assertThat(settings.record(changed)).isEqualTo(2);

        Map<String, Object> lockout = lines.exactlyOne(
                mark,
                "settings.change",
                "setting",
                "deputyflow.accounts.lockout.max-failures",
                "system",
                AuditTrail.SUCCESS);
        assertThat(lockout.get("details").toString())
                .contains("\"before\":\"" + last.get("deputyflow.accounts.lockout.max-failures") + "\"")
                .contains("\"after\":\"3\"");
        assertThat(lines.exactlyOne(
                                mark,
                                "settings.change",
                                "setting",
                                "deputyflow.test.added",
                                "system",
                                AuditTrail.SUCCESS)
                        .get("details")
                        .toString())
                .contains("\"after\":\"on\"")
                .doesNotContain("before");
        assertThat(lines.since(mark, "settings.change")).hasSize(2);

        // the same settings again: nothing changed, no line
        long again = lines.mark();
        assertThat(settings.record(changed)).isZero();
        assertThat(lines.since(again, "settings.change")).isEmpty();

        // back as they were: the added setting is gone, the lockout back
        long back = lines.mark();
        assertThat(settings.record(last)).isEqualTo(2);
        assertThat(lines.exactlyOne(
                                back,
                                "settings.change",
                                "setting",
                                "deputyflow.test.added",
                                "system",
                                AuditTrail.SUCCESS)
                        .get("details")
                        .toString())
                .contains("\"before\":\"on\"")
                .doesNotContain("after");
        assertThat(stored()).isEqualTo(last);
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void a_secret_is_recorded_only_as_set_or_not_set() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "deputyflow.audit.archive-key", "hunter2-hunter2",
                                "deputyflow.audit.archive-previous-keys", "hunter2-2025,hunter2-2024",
                                "DEPUTYFLOW_AUDIT_ARCHIVE_PREVIOUS_KEYS", "hunter2-2025",
                                "deputyflow.audit.purge-password", "s3cret",
                                "deputyflow.admin.password", "",
                                "deputyflow.api-tokens.max-days", "90",
                                "DEPUTYFLOW_DB_PASSWORD", "s3cret",
                                "DEPUTYFLOW_DB_URL", "jdbc:mysql://db/deputyflow?user=app&password=s3cret&useSSL=true",
                                "spring.datasource.password", "s3cret")));

        Map<String, String> current = SettingsAtStart.current(environment);

        assertThat(current)
                .containsEntry("deputyflow.audit.archive-key", SettingsAtStart.SET)
                .containsEntry("deputyflow.audit.archive-previous-keys", SettingsAtStart.SET)
                .containsEntry("DEPUTYFLOW_AUDIT_ARCHIVE_PREVIOUS_KEYS", SettingsAtStart.SET)
                .containsEntry("deputyflow.audit.purge-password", SettingsAtStart.SET)
                .containsEntry("deputyflow.admin.password", SettingsAtStart.NOT_SET)
                .containsEntry("deputyflow.api-tokens.max-days", "90")
                .containsEntry("DEPUTYFLOW_DB_PASSWORD", SettingsAtStart.SET)
                .containsEntry("DEPUTYFLOW_DB_URL", "jdbc:mysql://db/deputyflow?user=app&password=(set)&useSSL=true")
                .doesNotContainKey("spring.datasource.password");
        assertThat(current.values()).noneMatch(v -> v.contains("hunter2") || v.contains("s3cret"));
    }

    private Map<String, String> stored() {
        Map<String, String> stored = new TreeMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT name, setting_value FROM audit_setting");
        rows.forEach(row -> stored.put(
                (String) row.get("name"), row.get("setting_value") == null ? "" : (String) row.get("setting_value")));
        return stored;
    }
}
