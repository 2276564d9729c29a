package org.deputyflow.suggestion;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of the follow-up (跟踪办理) of B and C replies, configurable under {@code deputyflow.follow-up}.
 *
 * @param remindDaysBefore calendar days before the reply's plan date when the department is reminded
 * @param confirmationWorkingDays working days the lead deputy has to confirm a reported delivery; after
 *        them staff may confirm it in the deputy's stead
 * @param yearEnd the day (MM-dd) from whose start every follow-up still open owes a written explanation
 */
@ConfigurationProperties("deputyflow.follow-up")
public record FollowUpClocks(
        @DefaultValue("15") int remindDaysBefore,
        @DefaultValue("20") int confirmationWorkingDays,
        @DefaultValue("12-15") String yearEnd) {

    public FollowUpClocks {
        try {
            MonthDay.parse("--" + yearEnd);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("deputyflow.follow-up.year-end must be MM-dd, not " + yearEnd, e);
        }
    }

    /** The first year end after {@code today}. */
    public LocalDate nextYearEndAfter(LocalDate today) {
        LocalDate thisYear = MonthDay.parse("--" + yearEnd).atYear(today.getYear());
        return thisYear.isAfter(today)
                ? thisYear
                : MonthDay.parse("--" + yearEnd).atYear(today.getYear() + 1);
    }

    /** The year end an explanation written on {@code today} answers: the latest one on or before it. */
    public LocalDate yearEndOnOrBefore(LocalDate today) {
        LocalDate thisYear = MonthDay.parse("--" + yearEnd).atYear(today.getYear());
        return thisYear.isAfter(today) ? MonthDay.parse("--" + yearEnd).atYear(today.getYear() - 1) : thisYear;
    }
}
