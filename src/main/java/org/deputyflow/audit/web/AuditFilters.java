package org.deputyflow.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.shared.BadRequestException;

/** The filter as the page and the API take it: dates or instants in UTC, blanks meaning "any". */
final class AuditFilters {

    private AuditFilters() {}

    static AuditFilter of(String from, String to, String actor, String action, String recordType, String recordId) {
        return new AuditFilter(
                instant("from", from, false),
                instant("to", to, true),
                blank(actor),
                blank(action),
                blank(recordType),
                blank(recordId));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A date means its whole day: from its start, or up to the end of it. */
    private static Instant instant(String field, String value, boolean end) {
        String text = blank(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return startOf(end ? day.plusDays(1) : day);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "error.audit.time.format");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
