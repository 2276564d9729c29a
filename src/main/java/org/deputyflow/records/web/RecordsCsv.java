package org.deputyflow.records.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.deputyflow.records.domain.DeputyRecord;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.PagedRows;
import org.deputyflow.shared.web.CsvCells;
import org.springframework.context.MessageSource;

/** The staff list of a year as CSV, read page by page through the paged query. */
class RecordsCsv {

    private static final String[] COLUMNS = {
        "year",
        "name",
        "delegation",
        "suggestionsLed",
        "suggestionsCoSigned",
        "motionsLed",
        "motionsCoSigned",
        "evaluations",
        "evaluationsOnTime",
        "meetings",
        "submittedNothing"
    };

    private final PagedRows<DeputyRecord> records;
    private final MessageSource messages;
    private final Locale locale;

    RecordsCsv(Function<PageRequest, Page<DeputyRecord>> pages, MessageSource messages, Locale locale) {
        this.records = new PagedRows<>(pages);
        this.messages = messages;
        this.locale = locale;
    }

    /** Reads the first page now: a refused filter fails before any byte is written. */
    void check() {
        records.check();
    }

    int rows() {
        return records.rows();
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvCells.BYTE_ORDER_MARK);
        List<String> headers = new ArrayList<>();
        for (String column : COLUMNS) {
            headers.add(messages.getMessage("records.col." + column, null, locale));
        }
        writer.write(CsvCells.line(headers));
        records.forEach(r -> writer.write(CsvCells.line(cells(r))));
        writer.flush();
    }

    private List<String> cells(DeputyRecord r) {
        return List.of(
                String.valueOf(r.year()),
                r.name(),
                r.delegation(),
                String.valueOf(r.suggestionsLed()),
                String.valueOf(r.suggestionsCoSigned()),
                String.valueOf(r.motionsLed()),
                String.valueOf(r.motionsCoSigned()),
                String.valueOf(r.evaluations()),
                String.valueOf(r.evaluationsOnTime()),
                String.valueOf(r.meetings()),
                r.submittedNothing() ? messages.getMessage("records.submittedNothing.yes", null, locale) : "");
    }
}
