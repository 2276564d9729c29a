package org.deputyflow.suggestion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.suggestion.reporting.domain.AnnualReport;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.KeySuggestionFigures;
import org.deputyflow.suggestion.reporting.domain.Received;
import org.deputyflow.suggestion.reporting.domain.VoteFigures;
import org.deputyflow.suggestion.reporting.persistence.ReportingMapper;
import org.deputyflow.suggestion.reporting.persistence.StatisticsQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the annual handling report. The department figures are the department
 * statistics of the whole year (the same query), so that the report and the statistics page never
 * disagree; every count is made in the database.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final ReportingMapper reports;
    private final HandlingReports handling;
    private final CalendarService calendar;
    private final AnnualSources.KeySuggestions keySuggestions;
    private final AnnualSources.Motions motions;
    private final AnnualSources.Votes votes;

    AnnualReports(
            ReportingMapper reports,
            HandlingReports handling,
            CalendarService calendar,
            AnnualSources.KeySuggestions keySuggestions,
            AnnualSources.Motions motions,
            AnnualSources.Votes votes) {
        this.reports = reports;
        this.handling = handling;
        this.calendar = calendar;
        this.keySuggestions = keySuggestions;
        this.motions = motions;
        this.votes = votes;
    }

    public AnnualReport year(int year) {
        if (year < CalendarService.FIRST_YEAR || year > CalendarService.LAST_YEAR) {
            throw new BadRequestException(
                    "year",
                    "error.reporting.year",
                    String.valueOf(CalendarService.FIRST_YEAR),
                    String.valueOf(CalendarService.LAST_YEAR),
                    String.valueOf(year));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Instant from = calendar.startOfDay(first);
        Instant until = calendar.endOfDay(last);
        LocalDate today = calendar.today();
        List<DepartmentStatistics> departments =
                handling.departmentStatistics(first, last).departments();
        DepartmentStatistics total =
                reports.handlingTotals(StatisticsQuery.of(from, until, today)).toStatistics();
        return new AnnualReport(
                year,
                first,
                last,
                today,
                Received.of(reports.suggestionCounts(from, until)),
                total,
                departments,
                KeySuggestionFigures.of(keySuggestions.keySuggestionCounts(from, until)),
                reports.followUps(from, until),
                motions.motionFigures(first, last),
                VoteFigures.of(votes.voteCounts(first, last), votes.closedVotes(first, last)));
    }
}
