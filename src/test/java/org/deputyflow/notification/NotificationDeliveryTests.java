package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.notification.persistence.Delivered;
import org.deputyflow.notification.persistence.Delivery;
import org.deputyflow.notification.persistence.NotificationMapper;
import org.deputyflow.shared.OfficeWords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DuplicateKeyException;

/**
 * The service's own decisions, without a database: which deliveries count as new, and what goes to
 * the mail outbox. The database's part is in NotificationServiceTests and NotificationMapperTests.
 */
class NotificationDeliveryTests {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    final NotificationMapper mapper = mock(NotificationMapper.class);
    final MailOutbox mailer = mock(MailOutbox.class);
    final NoticeTexts texts =
            new NoticeTexts(new StaticMessageSource(), new ObjectMapper(), new OfficeWords(new StaticMessageSource()));
    final NotificationService service = new NotificationService(
            mapper,
            mock(DirectoryService.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new StaticListableBeanFactory(Map.of("mailer", mailer)).getBeanProvider(MailOutbox.class),
            texts);

    final Notice notice =
            Notice.typed(NotificationKind.OVERDUE, "overdue:assignment:7:2026-03-01", 7L, "建议办理已超期", "请尽快答复。");

    Delivery delivery(String recipient, Notice notice) {
        return new Delivery(recipient, notice, "建议办理已超期", "请尽快答复。", texts.stored(notice));
    }

    static Delivery to(String recipient) {
        return argThat(d -> d != null && d.recipient().equals(recipient));
    }

    @Test
    void a_notice_to_several_people_is_stored_in_one_insert_for_those_who_do_not_have_it_yet() {
        Notice addressed = notice.to("old", "new", "newer");
        when(mapper.findDelivered(any())).thenReturn(List.of(new Delivered("old", addressed.key())));

        assertThat(service.notify(addressed)).isEqualTo(2);

        verify(mapper).insertAll(List.of(delivery("new", addressed), delivery("newer", addressed)), NOW);
        verify(mapper, never()).insertIfAbsent(any(), any());
        verify(mailer).enqueue(List.of(delivery("new", addressed), delivery("newer", addressed)));
    }

    @Test
    void a_delivery_that_lost_a_race_to_the_unique_key_counts_as_delivered_before() {
        // the one insert of all of them fails whole; one by one, each recipient then counts as it stands
        doThrow(new DuplicateKeyException("uq_notification_recipient_key"))
                .when(mapper)
                .insertAll(any(), any());
        when(mapper.insertIfAbsent(to("lost"), any()))
                .thenThrow(new DuplicateKeyException("uq_notification_recipient_key"));
        when(mapper.insertIfAbsent(to("new"), any())).thenReturn(1);
        when(mapper.insertIfAbsent(to("old"), any())).thenReturn(0);
        Notice addressed = notice.to("lost", "new", "old");

        assertThat(service.notify(addressed)).isEqualTo(1);

        verify(mapper).insertIfAbsent(delivery("new", addressed), NOW);
        verify(mailer).enqueue(List.of(delivery("new", addressed)));
    }

    @Test
    void nothing_new_is_mailed_to_nobody() {
        when(mapper.insertIfAbsent(any(), any())).thenReturn(0);

        assertThat(service.notify(notice.to("old"))).isZero();
        assertThat(service.notify(notice)).isZero();

        verifyNoInteractions(mailer);
    }
}
