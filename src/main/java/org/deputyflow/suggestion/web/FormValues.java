package org.deputyflow.suggestion.web;

import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The action panels' form chores: a fresh form unless a refused one is on the page, and a required text. The
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
}
