package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.disclosure.process.ReplyReviewWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The working days before a reply is published are a setting, 20 unless configured, and the publication date
 * follows it; the grace period after which an unreviewed reply is published is a setting too, absent (off) unless
 * configured.
 */
class PublicationRulesTests {

    @Configuration
    @EnableConfigurationProperties(PublicationRules.class)
    static class Rules {}

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Rules.class);

    @Test
    void twenty_working_days_unless_configured() {
        context.run(
                started -> assertThat(started.getBean(PublicationRules.class).workingDays())
                        .isEqualTo(20));
        context.withPropertyValues("deputyflow.publication.working-days=15")
                .run(started -> assertThat(
                                started.getBean(PublicationRules.class).workingDays())
                        .isEqualTo(15));
    }

    @Test
    void a_value_outside_one_to_250_working_days_stops_the_start() {
        for (String value : List.of("0", "-3", "251")) {
            context.withPropertyValues("deputyflow.publication.working-days=" + value)
                    .run(started -> {
                        assertThat(started).hasFailed();
                        assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("between 1 and 250");
                    });
        }
    }

    @Test
    void the_publication_date_is_the_configured_number_of_working_days_after_the_reply_reached_the_deputy() {
        Instant reached = Instant.parse("2026-03-02T02:00:00Z");
        ReplyCandidate reply = new ReplyCandidate(7, 3, "2026-0003", "标题", "市交通运输局", "A", "答复内容", reached);
        ReplyPublicationMapper mapper = mock(ReplyPublicationMapper.class);
        when(mapper.candidate(7)).thenReturn(Optional.of(reply));
        when(mapper.marks(7)).thenReturn(List.of());
        CalendarService calendar = mock(CalendarService.class);
        when(calendar.dateOf(reached)).thenReturn(LocalDate.of(2026, 3, 2));
        when(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 15)).thenReturn(LocalDate.of(2026, 3, 23));
        when(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 20)).thenReturn(LocalDate.of(2026, 3, 30));

        ReplyPublications fifteen = new ReplyPublications(
                mapper,
                calendar,
                Clock.systemUTC(),
                mock(AuditTrail.class),
                new PublicationRules(15, null),
                mock(ReplyReviewWorkflow.class),
                ConfiguredRedaction.settings());
        ReplyPublications twenty = new ReplyPublications(
                mapper,
                calendar,
                Clock.systemUTC(),
                mock(AuditTrail.class),
                new PublicationRules(20, null),
                mock(ReplyReviewWorkflow.class),
                ConfiguredRedaction.settings());

        assertThat(new MarkingReplies(mapper, mock(AuditTrail.class), fifteen)
                        .preview(7)
                        .publishesOn())
                .isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(new MarkingReplies(mapper, mock(AuditTrail.class), twenty)
                        .preview(7)
                        .publishesOn())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(fifteen.workingDays()).isEqualTo(15);
    }

    @Test
    void no_grace_period_unless_configured() {
        context.run(started -> {
            assertThat(started.getBean(PublicationRules.class).graceWorkingDays())
                    .isNull();
            assertThat(started.getBean(PublicationRules.class).publishesUnreviewed())
                    .isFalse();
        });
        context.withPropertyValues("deputyflow.publication.grace-working-days=5")
                .run(started -> {
                    assertThat(started.getBean(PublicationRules.class).graceWorkingDays())
                            .isEqualTo(5);
                    assertThat(started.getBean(PublicationRules.class).publishesUnreviewed())
                            .isTrue();
                });
        // application.yml's ${DEPUTYFLOW_PUBLICATION_GRACE_WORKING_DAYS:} is empty unless the variable is set
        context.withPropertyValues("deputyflow.publication.grace-working-days=")
                .run(started -> assertThat(
                                started.getBean(PublicationRules.class).publishesUnreviewed())
                        .isFalse());
        context.withPropertyValues("deputyflow.publication.grace-working-days=0")
                .run(started -> assertThat(
                                started.getBean(PublicationRules.class).publishesUnreviewed())
                        .isTrue());
    }

    @Test
    void a_grace_period_outside_zero_to_250_working_days_stops_the_start() {
        for (String value : List.of("-1", "251")) {
            context.withPropertyValues("deputyflow.publication.grace-working-days=" + value)
                    .run(started -> {
                        assertThat(started).hasFailed();
                        assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("between 0 and 250");
                    });
        }
    }

    @Test
    void the_grace_period_ends_its_working_days_after_the_publication_day_and_opens_reviews_that_publish_unreviewed() {
        Instant reached = Instant.parse("2026-03-02T02:00:00Z");
        ReplyCandidate reply = new ReplyCandidate(7, 3, "2026-0003", "标题", "市交通运输局", "A", "答复内容", reached);
        ReplyPublicationMapper mapper = mock(ReplyPublicationMapper.class);
        when(mapper.candidate(7)).thenReturn(Optional.of(reply));
        when(mapper.unreviewedReachedBefore(org.mockito.ArgumentMatchers.any())).thenReturn(List.of(7L));
        CalendarService calendar = mock(CalendarService.class);
        when(calendar.dateOf(reached)).thenReturn(LocalDate.of(2026, 3, 2));
        when(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 20)).thenReturn(LocalDate.of(2026, 3, 30));
        when(calendar.addWorkingDays(LocalDate.of(2026, 3, 30), 5)).thenReturn(LocalDate.of(2026, 4, 6));
        when(calendar.startOfDay(LocalDate.of(2026, 3, 30))).thenReturn(Instant.parse("2026-03-29T16:00:00Z"));
        when(calendar.startOfDay(LocalDate.of(2026, 4, 6))).thenReturn(Instant.parse("2026-04-05T16:00:00Z"));

        ReplyReviewWorkflow withGrace = mock(ReplyReviewWorkflow.class);
        ReplyReviewWorkflow withoutGrace = mock(ReplyReviewWorkflow.class);
        ReplyPublications five = new ReplyPublications(
                mapper,
                calendar,
                Clock.systemUTC(),
                mock(AuditTrail.class),
                new PublicationRules(20, 5),
                withGrace,
                ConfiguredRedaction.settings());
        ReplyPublications none = new ReplyPublications(
                mapper,
                calendar,
                Clock.systemUTC(),
                mock(AuditTrail.class),
                new PublicationRules(20, null),
                withoutGrace,
                ConfiguredRedaction.settings());

        assertThat(five.publicationDayStarts(7)).isEqualTo(Instant.parse("2026-03-29T16:00:00Z"));
        assertThat(five.graceOverAt(7)).isEqualTo(Instant.parse("2026-04-05T16:00:00Z"));
        // without a grace period the timer fires on the publication day and only notes that the review is open
        assertThat(none.graceOverAt(7)).isEqualTo(Instant.parse("2026-03-29T16:00:00Z"));

        assertThat(five.openReviews()).isEqualTo(1);
        verify(withGrace).open(7, true);
        assertThat(none.openReviews()).isEqualTo(1);
        verify(withoutGrace).open(7, false);
    }
}
