package org.deputyflow.suggestion.reporting.web;

import java.util.Locale;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.reporting.HandlingReports;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The overdue board: every lapsed clock, most overdue first, with an urge button per department's clock. */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffOverdueController {

    static final int PAGE_SIZE = 20;

    private final HandlingReports reports;
    private final UrgingDepartments urging;
    private final MessageSource messages;

    StaffOverdueController(HandlingReports reports, UrgingDepartments urging, MessageSource messages) {
        this.reports = reports;
        this.urging = urging;
        this.messages = messages;
    }

    @GetMapping("/staff/overdue")
    String board(
            @RequestParam(required = false) OverdueClock clock,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("overdue", reports.overdue(clock, null, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("clocks", OverdueClock.values());
        model.addAttribute("clock", clock);
        return "staff/overdue";
    }

    @PostMapping("/staff/overdue/urge")
    String urge(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam long suggestionId,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String message,
            @RequestParam(required = false) OverdueClock clock,
            @RequestParam(required = false) Integer page,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            urging.urge(user, suggestionId, departmentId, message);
            redirect.addFlashAttribute("flash", messages.getMessage("staff.flash.urged", null, locale));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e, locale));
        }
        if (clock != null) {
            redirect.addAttribute("clock", clock);
        }
        if (page != null && page > 0) {
            redirect.addAttribute("page", page);
        }
        return "redirect:/staff/overdue";
    }
}
