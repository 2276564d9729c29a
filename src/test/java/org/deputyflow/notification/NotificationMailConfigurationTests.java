package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** When e-mail is on, and what it needs. */
class NotificationMailConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationMailProperties.class)
    static class Beans {

        @Bean
        DirectoryService directoryService() {
            return mock(DirectoryService.class);
        }

        @Bean
        MailOutboxMapper mailOutboxMapper() {
            return mock(MailOutboxMapper.class);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Beans.class, MailOutbox.class);

    @Test
    void mail_is_off_unless_enabled_even_with_a_mail_server() {
        context.withPropertyValues("spring.mail.host=smtp.example.org", "deputyflow.mail.from=noreply@example.org")
                .run(app -> {
                    assertThat(app).hasNotFailed().doesNotHaveBean(MailOutbox.class);
                    assertThat(app).hasSingleBean(JavaMailSender.class);
                });
        context.withPropertyValues("deputyflow.mail.enabled=false", "spring.mail.host=smtp.example.org")
                .run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(MailOutbox.class));
    }

    @Test
    void enabled_with_a_server_and_a_sender_it_mails() {
        context.withPropertyValues(
                        "deputyflow.mail.enabled=true",
                        "spring.mail.host=smtp.example.org",
                        "deputyflow.mail.from=noreply@example.org")
                .run(app -> {
                    assertThat(app).hasSingleBean(MailOutbox.class);
                    NotificationMailProperties properties = app.getBean(NotificationMailProperties.class);
                    assertThat(properties.fromName()).isEqualTo("DeputyFlow");
                    assertThat(properties.outbox().maxAttempts()).isEqualTo(8);
                    assertThat(properties.outbox().retryPolicy().delayAfter(1))
                            .isEqualTo(java.time.Duration.ofMinutes(1));
                });
    }

    @Test
    void enabled_without_a_server_or_a_sender_the_application_does_not_start_and_says_why() {
        context.withPropertyValues("deputyflow.mail.enabled=true", "deputyflow.mail.from=noreply@example.org")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("spring.mail.host"));
        context.withPropertyValues("deputyflow.mail.enabled=true", "spring.mail.host=smtp.example.org")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("deputyflow.mail.from"));
    }

    @Test
    void enabled_every_node_runs_the_sender_on_its_own_schedule_and_disabled_not() {
        MailOutboxSender sender = mock(MailOutboxSender.class);
        ApplicationContextRunner schedule = new ApplicationContextRunner()
                .withBean(MailOutboxSender.class, () -> sender)
                .withUserConfiguration(MailOutboxSchedule.class);
        schedule.withPropertyValues("deputyflow.mail.enabled=true", "deputyflow.mail.outbox.interval=20ms")
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(MailOutboxSchedule.class);
                    verify(sender, timeout(5_000).atLeast(2)).drain(Duration.ofMillis(20));
                });
        schedule.withPropertyValues("deputyflow.mail.enabled=false")
                .run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(MailOutboxSchedule.class));
    }
}
