package org.deputyflow.suggestion.web;

import static org.deputyflow.suggestion.web.FormValues.addIfMissing;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.suggestion.DepartmentDesk;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.DepartmentActions;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.web.DepartmentForms.ContactForm;
import org.deputyflow.suggestion.web.DepartmentForms.ContentForm;
import org.deputyflow.suggestion.web.DepartmentForms.ExtensionForm;
import org.deputyflow.suggestion.web.DepartmentForms.FollowUpForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReasonForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReplyForm;
import org.deputyflow.suggestion.web.DepartmentForms.SignOffForm;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department actions panel that the handler's and the leader's forms share: what the caller's
 * department may do now, every form of it, and how a posted form ends (back to the suggestion, or
 * the panel again with its errors).
 */
@Component
class DepartmentPanel {

    static final String PANEL = "department/actions-panel :: panel";
    static final String PAGE = "department/actions-page";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DepartmentDesk desk;
    private final CalendarService calendar;
    private final Clock clock;
    private final PageMessages messages;

    DepartmentPanel(DepartmentDesk desk, CalendarService calendar, Clock clock, PageMessages messages) {
        this.desk = desk;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Runs the action unless the form has errors; a service's bad request names a field of the form
     * or becomes the page's error message. Either way the panel comes back with status 400.
     */
    String act(
            CurrentUser user,
            long id,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flashKey,
            Runnable action) {
        Object form = errors.getTarget();
        return PanelPosts.act(
                errors,
                field -> form != null && new BeanWrapperImpl(form).isReadableProperty(field) ? field : null,
                messages::get,
                "department.flash.invalid",
                model,
                response,
                () -> {
                    action.run();
                    return done(id, flashKey, redirect);
                },
                () -> {
                    describe(user, id, model);
                    return PAGE;
                });
    }

    void describe(CurrentUser user, long id, Model model) {
        DepartmentActions actions = desk.actions(user, id);
        model.addAttribute("actions", actions);
        model.addAttribute("suggestionId", id);
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("resultClasses", ResultClass.values());
        model.addAttribute(
                "extensionMonths",
                IntStream.rangeClosed(1, actions.maxExtensionMonths()).boxed().toList());
        model.addAttribute("dueSoonDays", desk.dueSoonDays());
        addIfMissing(model, "disputeForm", ReasonForm::empty);
        addIfMissing(
                model,
                "contactForm",
                () -> ContactForm.of(
                        ContactMethod.PHONE.name(),
                        LocalDateTime.ofInstant(clock.instant(), calendar.zone())
                                .truncatedTo(ChronoUnit.MINUTES)
                                .format(MINUTES)));
        addIfMissing(model, "opinionForm", ContentForm::empty);
        addIfMissing(model, "replyForm", ReplyForm::empty);
        addIfMissing(model, "followUpForm", FollowUpForm::empty);
        addIfMissing(model, "explanationForm", ContentForm::empty);
        addIfMissing(model, "signOffForm", SignOffForm::empty);
        addIfMissing(model, "extensionForm", () -> ExtensionForm.of("1"));
    }

    String done(long id, String flashKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.get(flashKey));
        return "redirect:/suggestions/" + id;
    }
}
