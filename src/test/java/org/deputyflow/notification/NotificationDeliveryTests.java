package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.notification.persistence.NotificationMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The service's own decisions, without a database: which deliveries count as new, and what goes to
 * the mail outbox. The database's part is in NotificationServiceTests and NotificationMapperTests.
 */
class NotificationDeliveryTests {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    final NotificationMapper mapper = mock(NotificationMapper.class);
    final MailOutbox mailer = mock(MailOutbox.class);
    final NotificationService service = new NotificationService(mapper, mock(DirectoryService.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new StaticListableBeanFactory(Map.of("mailer", mailer)).getBeanProvider(MailOutbox.class));

    final Notice notice = Notice.of(NotificationKind.OVERDUE, "overdue:assignment:7:2026-03-01", 7L, "建议办理已逾期",
            "请尽快答复。");

    @Test
    void a_delivery_that_lost_a_race_to_the_unique_key_counts_as_delivered_before() {
        when(mapper.insertIfAbsent(eq("lost"), any(), any()))
            .thenThrow(new DuplicateKeyException("uq_notification_recipient_key"));
        when(mapper.insertIfAbsent(eq("new"), any(), any())).thenReturn(1);
        when(mapper.insertIfAbsent(eq("old"), any(), any())).thenReturn(0);
        Notice addressed = notice.to("lost", "new", "old");

        assertThat(service.notify(addressed)).isEqualTo(1);

        verify(mapper).insertIfAbsent("new", addressed, NOW);
        verify(mailer).enqueue(addressed, List.of("new"));
    }

    @Test
    void nothing_new_is_mailed_to_nobody() {
        when(mapper.insertIfAbsent(any(), any(), any())).thenReturn(0);

        assertThat(service.notify(notice.to("old"))).isZero();
        assertThat(service.notify(notice)).isZero();

        verifyNoInteractions(mailer);
    }
}
