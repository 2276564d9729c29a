package org.deputyflow.suggestion.web;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deputyflow.shared.BadRequestException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The forms' chores: a fresh form unless a refused one is on the page, a required text, and where a service's
 * refusal shows. The
 * posted text is read as the value a service takes by {@link org.deputyflow.shared.web.FormText}.
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

    /** The value read from a field the form must fill in; a missing or unreadable one is the field's error. */
    static <T> T present(BindingResult errors, String field, T value, String code) {
        if (value == null) {
            errors.rejectValue(field, code);
        }
        return value;
    }

    /** The value read from a field the form may leave blank; an unreadable one is the field's error. */
    static <T> T readable(BindingResult errors, String field, String text, Function<String, T> read, String code) {
        T value = read.apply(text);
        if (text != null && !text.isBlank() && value == null) {
            errors.rejectValue(field, code);
        }
        return value;
    }

    /** A service's refusal shows next to the field it names when the form has that field, else above the form. */
    static void reject(BindingResult result, Set<String> fields, BadRequestException e) {
        if (e.field() != null && fields.contains(e.field())) {
            result.rejectValue(e.field(), e.code(), e.getArguments(), null);
        } else {
            result.reject(e.code(), e.getArguments(), null);
        }
    }
}
