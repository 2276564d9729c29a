package org.deputyflow.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.deputyflow.shared.BadRequestException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * How a posted form of an action panel ({@link StaffPanel}, {@link DepartmentPanel}) ends: the action runs unless
 * the form has errors and says where to go; a service's bad request goes next to the field {@code fieldOf} finds for
 * it on the form, else it is the page's error message. Either way the panel is shown again with status 400, with the
 * panel's own message about the form when no refusal gave one. Unlike {@link org.deputyflow.shared.web.FormPosts},
 * a refusal without a field of the form is the page's flash, not an error above the form.
 */
final class PanelPosts {

    private PanelPosts() {}

    static String act(
            BindingResult errors,
            UnaryOperator<String> fieldOf,
            Function<MessageSourceResolvable, String> say,
            String invalidKey,
            Model model,
            HttpServletResponse response,
            Supplier<String> action,
            Supplier<String> showAgain) {
        if (!errors.hasErrors()) {
            try {
                return action.get();
            } catch (BadRequestException e) {
                String field = e.field() == null ? null : fieldOf.apply(e.field());
                if (field != null) {
                    errors.rejectValue(field, e.code(), e.getArguments(), null);
                } else {
                    model.addAttribute("flashError", say.apply(e));
                }
            }
        }
        String page = showAgain.get();
        if (!model.containsAttribute("flashError")) {
            model.addAttribute("flashError", say.apply(new DefaultMessageSourceResolvable(invalidKey)));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page;
    }
}
