package org.deputyflow.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.shared.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * How an admin form that has been checked is saved: when it has no error the save runs and says where to go; a
 * refusal of the directory shows next to the field it names (or above the form), and the form comes back (400).
 */
final class AdminForms {

    private AdminForms() {}

    static String save(
            BindingResult result,
            Set<String> fields,
            HttpServletResponse response,
            Supplier<String> save,
            Supplier<String> showAgain) {
        if (!result.hasErrors()) {
            try {
                return save.get();
            } catch (BadRequestException e) {
                if (e.field() != null && fields.contains(e.field())) {
                    result.rejectValue(e.field(), e.code(), e.getArguments(), null);
                } else {
                    result.reject(e.code(), e.getArguments(), null);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showAgain.get();
    }
}
