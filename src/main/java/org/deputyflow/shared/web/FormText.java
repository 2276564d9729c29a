package org.deputyflow.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * What a page's form posts is text: these read it as the value a service takes, or null where it is not one, so
 * that the form answers with an error next to the field instead of a form that could not be built or a 500.
 * Surrounding blanks are ignored.
 */
public final class FormText {

    private FormText() {}

    /** True where something was entered but it does not read as a value ({@code value} is what it read as). */
    public static boolean unreadable(String text, Object value) {
        return text != null && !text.isBlank() && value == null;
    }

    /** The constant of that exact name, or null. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A record id: digits only (no sign), short enough to be a long; else null. */
    public static Long id(String text) {
        String v = text == null ? "" : text.strip();
        return !v.isEmpty() && v.length() < 19 && v.chars().allMatch(FormText::isAsciiDigit) ? Long.valueOf(v) : null;
    }

    /** Only "true" and "false" are an answer; anything else is null. */
    public static Boolean bool(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }

    /** An ISO date (2025-03-01), or null. */
    public static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO local date and time (2025-03-01T09:30), as a datetime-local input posts it, or null. */
    public static LocalDateTime dateTime(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
