package org.deputyflow.suggestion.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the action panels' forms post is text: these read it as the value a service takes, or null
 * where it is not one, so that the form answers with an error next to the field instead of a 500.
 */
final class FormValues {

    private FormValues() {}

    /** Puts a fresh form on the page unless a refused one, with what was entered, is already there. */
    static void addIfMissing(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }

    static void required(BindingResult errors, String field, String value, String code) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, code);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(value.strip()))
                        .findFirst()
                        .orElse(null);
    }

    static Long id(String value) {
        String v = value == null ? "" : value.strip();
        return !v.isEmpty() && v.length() < 19 && v.chars().allMatch(Character::isDigit) ? Long.valueOf(v) : null;
    }

    static Boolean bool(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDateTime dateTime(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
