package org.deputyflow.suggestion.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.reporting.HandlingReports;
import org.deputyflow.suggestion.reporting.domain.DepartmentReport;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.Share;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * How departments do, as charts and as the same numbers in a table: on-time rate, what is overdue
 * now, and the solved rate beside the satisfaction rate so that neither is read alone.
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
class DashboardController {

    private final HandlingReports reports;
    private final MessageSource messages;

    DashboardController(HandlingReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** One department's line of the charts; a rate is a percentage, null without a base. */
    public record Line(
            String department,
            long assigned,
            long replied,
            long repliedOnTime,
            Share onTime,
            Double onTimeRate,
            long overdueNow,
            Share solved,
            Double solvedRate,
            Share satisfaction,
            Double satisfactionRate,
            long evaluated,
            long notEvaluated,
            long opinionsLate) {

        static Line of(DepartmentStatistics s) {
            Share onTime = Share.of(Math.min(s.repliedOnTime(), s.replied()), s.replied());
            return new Line(
                    s.department().name(),
                    s.assigned(),
                    s.replied(),
                    s.repliedOnTime(),
                    onTime,
                    percent(onTime),
                    s.overdueNow(),
                    s.solvedRate(),
                    percent(s.solvedRate()),
                    s.satisfactionRate(),
                    percent(s.satisfactionRate()),
                    s.evaluated(),
                    s.notEvaluated(),
                    s.opinionsLate());
        }

        private static Double percent(Share share) {
            return share.rate() == null
                    ? null
                    : share.rate()
                            .multiply(BigDecimal.valueOf(100))
                            .setScale(1, RoundingMode.HALF_UP)
                            .doubleValue();
        }
    }

    @GetMapping("/staff/dashboard")
    ModelAndView dashboard(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        ModelAndView page = new ModelAndView("staff/dashboard");
        page.addObject("from", from);
        page.addObject("to", to);
        DepartmentReport report;
        try {
            report = reports.departmentStatistics(date("from", from, locale), date("to", to, locale));
        } catch (BadRequestException e) {
            // the filter is shown again with the problem next to the field it concerns
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", messages.getMessage(e, locale));
            page.addObject("errorField", e.field());
            page.addObject("lines", List.of());
            return page;
        }
        page.addObject("report", report);
        page.addObject("from", report.from());
        page.addObject("to", report.to());
        page.addObject("lines", report.departments().stream().map(Line::of).toList());
        // the follow-ups of B and C replies that started in the same period, as GET /api/stats/follow-ups counts them
        page.addObject("followUps", reports.followUpStatistics(report.from(), report.to()));
        return page;
    }

    private LocalDate date(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "dashboard.error.date");
        }
    }
}
