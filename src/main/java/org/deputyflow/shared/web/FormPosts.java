package org.deputyflow.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.function.Supplier;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * A checked form posted from a page, saved or shown again: with no error the save runs and says where to go; a
 * refusal shows beside the field it names when the form has that field, else beside {@code fallback} (above the
 * form when there is none), and the page comes back with 400.
 */
public final class FormPosts {

    private FormPosts() {}

    public static String save(
            BindingResult errors,
            Collection<String> fields,
            String fallback,
            HttpServletResponse response,
            Supplier<String> save,
            Supplier<String> showAgain) {
        return save(BadRequestException.class, errors, fields, fallback, response, save, showAgain);
    }

    /** As {@link #save(BindingResult, Collection, String, HttpServletResponse, Supplier, Supplier)}, for a form whose
     * refusal is another kind of {@link DomainException}, such as a conflict with the record's state. */
    public static String save(
            Class<? extends DomainException> refusal,
            BindingResult errors,
            Collection<String> fields,
            String fallback,
            HttpServletResponse response,
            Supplier<String> save,
            Supplier<String> showAgain) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (DomainException e) {
                if (!refusal.isInstance(e)) {
                    throw e;
                }
                reject(errors, e, fields, fallback);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showAgain.get();
    }

    public static void reject(BindingResult errors, DomainException e, Collection<String> fields, String fallback) {
        String field = e.field() != null && fields.contains(e.field()) ? e.field() : fallback;
        if (field == null) {
            errors.reject(e.code(), e.getArguments(), null);
        } else {
            errors.rejectValue(field, e.code(), e.getArguments(), null);
        }
    }
}
