package org.deputyflow.suggestion.reporting.web;

import java.util.Locale;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.reporting.AnnualReports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The annual report's draft as a page, with the Word document to download; last year's by default. */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
class AnnualReportPageController {

    private final AnnualReports reports;
    private final CalendarService calendar;
    private final MessageSource messages;

    AnnualReportPageController(AnnualReports reports, CalendarService calendar, MessageSource messages) {
        this.reports = reports;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/staff/reports/annual")
    ModelAndView page(@RequestParam(required = false) String year, Locale locale) {
        ModelAndView page = new ModelAndView("staff/annual-report");
        page.addObject("year", year);
        try {
            int chosen = year(year, locale);
            page.addObject("year", chosen);
            page.addObject("draft", AnnualReportDraft.of(reports.year(chosen), messages, locale));
        } catch (BadRequestException e) {
            // the year is shown again with the problem next to it
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", messages.getMessage(e, locale));
        }
        return page;
    }

    private int year(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return calendar.today().getYear() - 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("year", "annual.error.year");
        }
    }
}
