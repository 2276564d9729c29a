package org.deputyflow.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.shared.web.CsvCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The trail as CSV for a spreadsheet: UTF-8 with a BOM, and a cell that starts like a formula is
 * neutralised, since logins and user agents are whatever a caller typed.
 */
final class AuditCsv {

    private static final List<String> HEADERS = List.of(
            "id",
            "occurred_at",
            "actor_login",
            "actor_roles",
            "client_address",
            "user_agent",
            "action",
            "record_type",
            "record_id",
            "outcome",
            "details",
            "prev_hash",
            "row_hash");

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    static void start(HttpServletResponse response) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit.csv").build().toString());
    }

    void header() throws IOException {
        out.write(CsvCells.BYTE_ORDER_MARK);
        out.write(line(HEADERS));
    }

    void row(AuditEvent e) {
        try {
            out.write(line(List.of(
                    String.valueOf(e.id()),
                    e.occurredAt().toString(),
                    text(e.actorLogin()),
                    text(e.actorRoles()),
                    text(e.clientAddress()),
                    text(e.userAgent()),
                    e.action(),
                    text(e.recordType()),
                    text(e.recordId()),
                    e.outcome(),
                    text(e.details()),
                    e.prevHash(),
                    e.rowHash())));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String line(List<String> cells) {
        return CsvCells.line(cells, AuditCsv::cell);
    }

    /** Tabs and carriage returns too: a caller's user agent may start with either. */
    static String cell(String value) {
        return CsvCells.quoted(CsvCells.defused(value, "=+-@\t\r"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
