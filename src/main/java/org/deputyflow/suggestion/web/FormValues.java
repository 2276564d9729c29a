package org.deputyflow.suggestion.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.deputyflow.shared.web.FormText;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the action panels' forms post is text: these read it as the value a service takes, or null
 * where it is not one (by {@link FormText}), so that the form answers with an error next to the field instead
 * of a 500.
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
        return FormText.enumOf(type, value);
    }

    static Long id(String value) {
        return FormText.id(value);
    }

    static Boolean bool(String value) {
        return FormText.bool(value);
    }

    static LocalDate date(String value) {
        return FormText.date(value);
    }

    static LocalDateTime dateTime(String value) {
        return FormText.dateTime(value);
    }
}
