package org.deputyflow.suggestion.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.suggestion.DepartmentDesk;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.HandlingSuggestions;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.DepartmentActions;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.web.DepartmentForms.ContactForm;
import org.deputyflow.suggestion.web.DepartmentForms.ContentForm;
import org.deputyflow.suggestion.web.DepartmentForms.ExtensionForm;
import org.deputyflow.suggestion.web.DepartmentForms.FollowUpForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReasonForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReplyForm;
import org.deputyflow.suggestion.web.DepartmentForms.SignOffForm;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The department actions panel of the suggestion page, loaded by htmx: exactly the actions the
 * caller's department may take now, each a small form that posts here, calls the same service as
 * the API and goes back to the suggestion page. A wrong value comes back as the panel with the
 * error next to its field (400); a lost race or a moved state is the conflict page (409).
 */
@PageController
@RequestMapping("/suggestions/{id}")
@PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
class DepartmentActionsPanelController {

    static final String PANEL = "department/actions-panel :: panel";
    static final String PAGE = "department/actions-page";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DepartmentDesk desk;
    private final HandlingSuggestions handling;
    private final ExtendingDeadlines extending;
    private final CalendarService calendar;
    private final Clock clock;
    private final PageMessages messages;

    private final ExplainingFollowUps explaining;

    DepartmentActionsPanelController(DepartmentDesk desk, HandlingSuggestions handling, ExtendingDeadlines extending,
            CalendarService calendar, Clock clock, PageMessages messages, ExplainingFollowUps explaining) {
        this.explaining = explaining;
        this.desk = desk;
        this.handling = handling;
        this.extending = extending;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/panels/department")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        describe(user, id, model);
        return PANEL;
    }

    @PostMapping("/department/claim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        handling.claim(user, id);
        return done(id, "department.flash.claimed", redirect);
    }

    @PostMapping("/department/unclaim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        handling.unclaim(user, id);
        return done(id, "department.flash.unclaimed", redirect);
    }

    @PostMapping("/department/dispute")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("disputeForm") ReasonForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        required(errors, "reason", form.getReason(), "department.dispute.reason.required");
        return act(user, id, errors, model, response, redirect, "department.flash.disputed",
                () -> handling.dispute(user, id, form.getReason()));
    }

    @PostMapping("/department/contact")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String contact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ContactMethod method = parse(ContactMethod.class, form.getMethod());
        if (method == null) {
            errors.rejectValue("method", "department.contact.method.required");
        }
        LocalDateTime at = dateTime(form.getContactedAt());
        if (at == null) {
            errors.rejectValue("contactedAt", "department.contact.at.invalid");
        } else if (at.atZone(calendar.zone()).toInstant().isAfter(clock.instant())) {
            errors.rejectValue("contactedAt", "department.contact.at.future");
        }
        required(errors, "summary", form.getSummary(), "department.contact.summary.required");
        return act(user, id, errors, model, response, redirect, "department.flash.contactLogged",
                () -> handling.logContact(user, id, method, at.atZone(calendar.zone()).toInstant(),
                        form.getSummary()));
    }

    @PostMapping("/department/opinion")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String opinion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("opinionForm") ContentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        required(errors, "content", form.getContent(), "department.opinion.content.required");
        return act(user, id, errors, model, response, redirect, "department.flash.opinionSubmitted",
                () -> handling.submitOpinion(user, id, form.getContent()));
    }

    @PostMapping("/department/reply")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("replyForm") ReplyForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ResultClass resultClass = parse(ResultClass.class, form.getResultClass());
        if (resultClass == null) {
            errors.rejectValue("resultClass", "department.reply.resultClass.required");
        }
        required(errors, "content", form.getContent(), "department.reply.content.required");
        LocalDate planDate = date(form.getPlanDate());
        if (form.getPlanDate() != null && !form.getPlanDate().isBlank() && planDate == null) {
            errors.rejectValue("planDate", "department.reply.planDate.invalid");
        } else if (resultClass != null && resultClass.promisesLater() && planDate == null) {
            errors.rejectValue("planDate", "department.reply.planDate.required");
        } else if (resultClass != null && resultClass.promisesLater() && planDate.isBefore(calendar.today())) {
            errors.rejectValue("planDate", "department.reply.planDate.past");
        }
        if (!form.isPublishable()) {
            required(errors, "notPublishableReason", form.getNotPublishableReason(),
                    "department.reply.notPublishableReason.required");
        }
        return act(user, id, errors, model, response, redirect, "department.flash.replySubmitted",
                () -> handling.submitReply(user, id, new ReplyDraft(resultClass, form.getContent(), planDate,
                        form.isPublishable(), form.getNotPublishableReason())));
    }

    @PostMapping("/department/follow-up")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        required(errors, "content", form.getContent(), "department.followUp.content.required");
        return act(user, id, errors, model, response, redirect,
                form.isDelivered() ? "department.flash.delivered" : "department.flash.followUpReported",
                () -> handling.reportFollowUp(user, id, form.getContent(), form.isDelivered()));
    }

    @PostMapping("/department/explanation")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String explanation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("explanationForm") ContentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        required(errors, "content", form.getContent(), "department.explanation.content.required");
        return act(user, id, errors, model, response, redirect, "department.flash.explanationSubmitted",
                () -> explaining.explain(user, id, form.getContent()));
    }

    @PostMapping("/department/sign-off")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    String signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("signOffForm") SignOffForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean approve = "approve".equals(form.getDecision());
        if (!approve && !"send-back".equals(form.getDecision())) {
            errors.rejectValue("decision", "leader.signOff.decision.required");
        } else if (!approve) {
            required(errors, "comment", form.getComment(), "leader.signOff.comment.required");
        }
        return act(user, id, errors, model, response, redirect,
                approve ? "leader.flash.approved" : "leader.flash.sentBack",
                () -> handling.signOff(user, id, approve, form.getComment()));
    }

    @PostMapping("/department/extension")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    String extension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("extensionForm") ExtensionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Integer months = form.getMonths() != null && form.getMonths().strip().matches("\\d{1,2}")
                ? Integer.valueOf(form.getMonths().strip()) : null;
        int max = desk.maxExtensionMonths();
        if (months == null || months < 1 || months > max) {
            errors.rejectValue("months", "leader.extension.months.invalid", new Object[] {max}, null);
        }
        required(errors, "reason", form.getReason(), "leader.extension.reason.required");
        return act(user, id, errors, model, response, redirect, "leader.flash.extensionRequested",
                () -> extending.request(user, id, months, form.getReason()));
    }

    /**
     * Runs the action unless the form has errors; a service's bad request names a field of the form
     * or becomes the page's error message. Either way the panel comes back with status 400.
     */
    private String act(CurrentUser user, long id, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String flashKey, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                return done(id, flashKey, redirect);
            } catch (BadRequestException e) {
                if (e.field() != null && errors.getTarget() != null
                        && new BeanWrapperImpl(errors.getTarget())
                                .isReadableProperty(e.field())) {
                    errors.rejectValue(e.field(), "department.service", e.getMessage());
                } else {
                    model.addAttribute("flashError", e.getMessage());
                }
            }
        }
        if (!model.containsAttribute("flashError")) {
            model.addAttribute("flashError", messages.get("department.flash.invalid"));
        }
        describe(user, id, model);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return PAGE;
    }

    private void describe(CurrentUser user, long id, Model model) {
        DepartmentActions actions = desk.actions(user, id);
        model.addAttribute("actions", actions);
        model.addAttribute("suggestionId", id);
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("resultClasses", ResultClass.values());
        model.addAttribute("extensionMonths",
                IntStream.rangeClosed(1, actions.maxExtensionMonths()).boxed().toList());
        model.addAttribute("dueSoonDays", desk.dueSoonDays());
        addIfMissing(model, "disputeForm", ReasonForm::new);
        addIfMissing(model, "contactForm", () -> {
            ContactForm form = new ContactForm();
            form.setMethod(ContactMethod.PHONE.name());
            form.setContactedAt(LocalDateTime.ofInstant(clock.instant(), calendar.zone())
                    .truncatedTo(ChronoUnit.MINUTES).format(MINUTES));
            return form;
        });
        addIfMissing(model, "opinionForm", ContentForm::new);
        addIfMissing(model, "replyForm", ReplyForm::new);
        addIfMissing(model, "followUpForm", FollowUpForm::new);
        addIfMissing(model, "explanationForm", ContentForm::new);
        addIfMissing(model, "signOffForm", SignOffForm::new);
        addIfMissing(model, "extensionForm", () -> {
            ExtensionForm form = new ExtensionForm();
            form.setMonths("1");
            return form;
        });
    }

    private String done(long id, String flashKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.get(flashKey));
        return "redirect:/suggestions/" + id;
    }


    private static void addIfMissing(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }

    private static void required(BindingResult errors, String field, String value, String code) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, code);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value.strip())).findFirst().orElse(null);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
