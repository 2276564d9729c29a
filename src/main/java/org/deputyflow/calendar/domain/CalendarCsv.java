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
    public record Line(int number, CalendarEntry entry) {
    }

    private CalendarCsv() {
    }

    public static String format(CalendarYear year) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CalendarEntry entry : year.entries()) {
            csv.append(entry.date()).append(',').append(entry.kind().name()).append(',')
                .append(quoted(entry.name())).append('\n');
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
                    if (!fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER_FIELDS)) {
                        violations.add(new InvalidCalendarException.Violation(number,
                                "第一行应为表头 " + HEADER + "，实际是“" + text.strip() + "”"));
                    }
                    continue;
                }
                lines.add(new Line(number, entry(fields)));
            } catch (IllegalArgumentException e) {
                violations.add(new InvalidCalendarException.Violation(number, e.getMessage()));
            }
        }
        if (!headerSeen && violations.isEmpty()) {
            violations.add(new InvalidCalendarException.Violation(1, "文件是空的：第一行应为表头 " + HEADER));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCalendarException(violations);
        }
        return lines;
    }

    /** Line by line, so that bytes which are not UTF-8 (a file saved as GBK) are reported by line. */
    private static List<String> decodeLines(byte[] bytes, List<InvalidCalendarException.Violation> violations) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
                violations.add(new InvalidCalendarException.Violation(lines.size(),
                        "不是 UTF-8 编码的文字；请把文件另存为“CSV UTF-8”"));
            }
            start = end + 1;
        }
        return lines;
    }

    private static CalendarEntry entry(List<String> fields) {
        if (fields.size() != 3) {
            throw new IllegalArgumentException("应有 3 列（" + HEADER + "），实际有 " + fields.size()
                    + " 列；名称中有逗号时请用英文双引号括起来");
        }
        String date = fields.get(0).strip();
        String kind = fields.get(1).strip();
        return new CalendarEntry(date.isEmpty() ? null : date(date), kind.isEmpty() ? null : kind(kind),
                fields.get(2));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new IllegalArgumentException("日期“" + text + "”无效，应写作 yyyy-MM-dd，例如 2026-10-01");
    }

    private static DayKind kind(String text) {
        try {
            return DayKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("类型“" + text + "”无效，应为 HOLIDAY（节假日）或 MAKEUP_WORKDAY（调休上班日）");
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
            throw new IllegalArgumentException("双引号没有闭合");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
