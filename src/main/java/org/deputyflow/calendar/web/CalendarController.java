package org.deputyflow.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.CalendarYear;
import org.deputyflow.calendar.domain.DayKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's holidays and make-up working days, as JSON at {@code /api/calendar/{year}} and as CSV
 * at {@code /api/calendar/{year}.csv}. Everybody signed in reads them (due dates depend on them);
 * only admins replace a year, always as a whole. The JSON paths take digits only, so that a
 * {@code .csv} request with the wrong content type is told so instead of landing on the JSON mapping.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "api.tag.calendar")
class CalendarController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CalendarService calendar;
    private final MaintainingCalendar maintaining;

    CalendarController(CalendarService calendar, MaintainingCalendar maintaining) {
        this.calendar = calendar;
        this.maintaining = maintaining;
    }

    @GetMapping("/{year:\\d+}")
    @Operation(summary = "api.calendar.year")
    List<Entry> year(@PathVariable int year) {
        return Entry.of(calendar.year(year));
    }

    @PutMapping("/{year:\\d+}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "api.calendar.replace", description = "api.calendar.replace.description")
    List<Entry> replace(@PathVariable int year, @RequestBody List<Entry> entries, Principal principal) {
        List<CalendarEntry> input = entries.stream()
                .map(entry -> entry == null ? new CalendarEntry(null, null, null) : entry.toDomain())
                .toList();
        return Entry.of(maintaining.replaceYear(year, input, principal.getName()));
    }

    @GetMapping("/{year:\\d+}.csv")
    @Operation(summary = "api.calendar.exportCsv")
    ResponseEntity<byte[]> exportCsv(@PathVariable int year) {
        byte[] csv = maintaining.exportCsv(year);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("calendar-" + year + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    /** Bytes, not a String: the file is UTF-8 whatever charset the client's Content-Type names or omits. */
    @PutMapping(
            value = "/{year:\\d+}.csv",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "api.calendar.importCsv", description = "api.calendar.importCsv.description")
    List<Entry> importCsv(@PathVariable int year, @RequestBody byte[] csv, Principal principal) {
        return Entry.of(maintaining.importCsv(year, csv, principal.getName()));
    }

    record Entry(LocalDate date, DayKind kind, String name) {

        static List<Entry> of(CalendarYear year) {
            return year.entries().stream()
                    .map(e -> new Entry(e.date(), e.kind(), e.name()))
                    .toList();
        }

        CalendarEntry toDomain() {
            return new CalendarEntry(date, kind, name);
        }
    }
}
