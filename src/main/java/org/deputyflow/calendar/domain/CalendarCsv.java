package org.deputyflow.calendar.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deputyflow.shared.Text;

/**
 * A year's exceptions as UTF-8 CSV: the header {@code date,kind,name}, then one line per date
 * ({@code 2026-02-14,MAKEUP_WORKDAY,春节调休上班}), sorted by date. A name that holds a comma or a
 * quote is quoted as RFC 4180 says.
 * <p>
 * Reading forgives what spreadsheets do to such a file: a byte order mark, CRLF line ends, blank
 * lines, and dates rewritten as {@code 2026/2/14}. Everything else wrong is reported with its line number.
 */
public final class CalendarCsv {

    public static final String HEADER = "date,kind,name";

    private static final List<String> HEADER_FIELDS = List.of("date", "kind", "name");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    /** An entry and the 1-based line of the file it was read from. */
    public record Line(int number, CalendarEntry entry) {}

    private CalendarCsv() {}

    public static String format(CalendarYear year) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CalendarEntry entry : year.entries()) {
            csv.append(entry.date())
                    .append(',')
                    .append(entry.kind().name())
                    .append(',')
                    .append(quoted(entry.name()))
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * Reads a whole file. The result may still break the rules of a year (a weekend holiday, a
     * date twice): {@link CalendarYear#of} decides that.
     *
     * @throws InvalidCalendarException naming the line of every line that cannot be read
     */
    public static List<Line> parse(byte[] utf8) {
        List<InvalidCalendarException.Violation> violations = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<String> texts = decodeLines(utf8, violations);
        boolean headerSeen = false;
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                List<String> fields = fields(text);
                if (!headerSeen) {
                    headerSeen = true;
                    if (!fields.stream()
                            .map(f -> f.strip().toLowerCase(Locale.ROOT))
                            .toList()
                            .equals(HEADER_FIELDS)) {
                        violations.add(new InvalidCalendarException.Violation(
                                number, Text.of("error.calendar.csv.header", HEADER, text.strip())));
                    }
                    continue;
                }
                lines.add(new Line(number, entry(fields)));
            } catch (Unreadable e) {
                violations.add(new InvalidCalendarException.Violation(number, e.text));
            }
        }
        if (!headerSeen && violations.isEmpty()) {
            violations.add(new InvalidCalendarException.Violation(1, Text.of("error.calendar.csv.empty", HEADER)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCalendarException(violations);
        }
        return lines;
    }

    /** Line by line, so that bytes which are not UTF-8 (a file saved as GBK) are reported by line. */
    private static List<String> decodeLines(byte[] bytes, List<InvalidCalendarException.Violation> violations) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = end - start;
            if (length > 0 && bytes[end - 1] == '\r') {
                length--;
            }
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, start, length));
                lines.add(chars.toString());
            } catch (CharacterCodingException e) {
                lines.add(null);
                violations.add(
                        new InvalidCalendarException.Violation(lines.size(), Text.of("error.calendar.csv.notUtf8")));
            }
            start = end + 1;
        }
        return lines;
    }

    private static CalendarEntry entry(List<String> fields) {
        if (fields.size() != 3) {
            throw new Unreadable(Text.of("error.calendar.csv.columns", HEADER, fields.size()));
        }
        String date = fields.get(0).strip();
        String kind = fields.get(1).strip();
        return new CalendarEntry(date.isEmpty() ? null : date(date), kind.isEmpty() ? null : kind(kind), fields.get(2));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new Unreadable(Text.of("error.calendar.csv.date", text));
    }

    private static DayKind kind(String text) {
        try {
            return DayKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Text.of("error.calendar.csv.kind", text));
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable(Text.of("error.calendar.csv.openQuote"));
        }
        fields.add(field.toString());
        return fields;
    }

    /** A line that cannot be read, and why. */
    private static final class Unreadable extends RuntimeException {

        private final transient Text text;

        Unreadable(Text text) {
            super(text.toString(), null, false, false);
            this.text = text;
        }
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
