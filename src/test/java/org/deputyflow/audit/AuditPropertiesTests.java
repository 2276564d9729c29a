package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AuditPropertiesTests {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void the_trail_is_kept_three_years_and_archived_under_data_by_default() {
        context.run(started -> {
            AuditProperties properties = started.getBean(AuditProperties.class);
            assertThat(properties.retention()).isEqualTo(Period.ofYears(3));
            assertThat(properties.archiveFolder().normalize()).isEqualTo(Path.of("data/audit-archive"));
        });
    }

    @Test
    void there_are_no_previous_keys_and_no_purge_account_by_default() {
        context.withPropertyValues("deputyflow.audit.archive-previous-keys=", "deputyflow.audit.purge-username=")
                .run(started -> {
                    AuditProperties properties = started.getBean(AuditProperties.class);
                    assertThat(properties.archivePreviousKeys()).isEmpty();
                    assertThat(properties.separatePurgeAccount()).isFalse();
                });
    }

    @Test
    void previous_archive_keys_are_a_comma_separated_list_and_a_purge_username_names_the_purge_account() {
        context.withPropertyValues(
                        "deputyflow.audit.archive-previous-keys=key-of-2025, key-of-2024,,",
                        "deputyflow.audit.purge-username=deputyflow_purge",
                        "deputyflow.audit.purge-password=secret")
                .run(started -> {
                    AuditProperties properties = started.getBean(AuditProperties.class);
                    assertThat(properties.archivePreviousKeys()).containsExactly("key-of-2025", "key-of-2024");
                    assertThat(properties.separatePurgeAccount()).isTrue();
                    assertThat(properties.purgeUrl()).isEmpty();
                });
    }

    @Test
    void a_retention_of_180_days_or_six_months_starts() {
        context.withPropertyValues("deputyflow.audit.retention=P180D")
                .run(started -> assertThat(started).hasNotFailed());
        context.withPropertyValues("deputyflow.audit.retention=P6M")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void a_retention_shorter_than_180_days_refuses_to_start() {
        context.withPropertyValues("deputyflow.audit.retention=P179D")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .hasRootCauseMessage("deputyflow.audit.retention must be at least 180 days, not P179D"));
        context.withPropertyValues("deputyflow.audit.retention=P5M")
                .run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Config {}
}
