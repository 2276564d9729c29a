package org.deputyflow.suggestion.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.PagedRows;
import org.deputyflow.shared.web.CsvCells;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.springframework.context.MessageSource;

/**
 * The suggestion list as a file, read page by page through the paged query so that the whole
 * table is never in memory; Excel rows are flushed to disk as they go (SXSSF).
 */
class SuggestionExport {

    /** Beyond this many rows an export stops: a list that long is a job for the database, not a spreadsheet. */
    static final int MAX_ROWS = 50_000;

    private static final String[] COLUMNS = {
        "number", "title", "category", "period", "status", "submitter", "submittedAt"
    };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PagedRows<SuggestionSummary> suggestions;
    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter time;

    SuggestionExport(
            Function<PageRequest, Page<SuggestionSummary>> pages, MessageSource messages, Locale locale, ZoneId zone) {
        this.suggestions = new PagedRows<>(pages, MAX_ROWS);
        this.messages = messages;
        this.locale = locale;
        this.time = TIME.withZone(zone);
    }

    /** Reads the first page now: a refused filter fails before any byte is written. */
    void check() {
        suggestions.check();
    }

    /** How many rows of suggestions have been written so far (the header not counted). */
    int rows() {
        return suggestions.rows();
    }

    void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the byte order mark makes Excel read the file as UTF-8 instead of the system's code page
        writer.write(CsvCells.BYTE_ORDER_MARK);
        writer.write(CsvCells.line(headers()));
        suggestions.forEach(s -> writer.write(CsvCells.line(cells(s))));
        writer.flush();
    }

    void xlsx(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(PagedRows.CHUNK);
        try {
            Sheet sheet = workbook.createSheet(messages.getMessage("export.sheet", null, locale));
            write(sheet.createRow(0), headers());
            int[] next = {1};
            suggestions.forEach(s -> write(sheet.createRow(next[0]++), cells(s)));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (String column : COLUMNS) {
            headers.add(messages.getMessage("export.header." + column, null, locale));
        }
        return headers;
    }

    private List<String> cells(SuggestionSummary s) {
        return List.of(
                s.number(),
                s.title(),
                nullToEmpty(s.category()),
                s.period() == null ? "" : messages.getMessage("export.period." + s.period(), null, locale),
                messages.getMessage("status." + s.status(), null, locale),
                nullToEmpty(s.submitterName()),
                format(s.submittedAt() == null ? s.createdAt() : s.submittedAt()));
    }

    private String format(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
