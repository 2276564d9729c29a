package org.deputyflow.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar of a year for admins: its holidays and make-up working days, one at a
 * time or as a whole CSV file (the format of {@code /api/calendar/{year}.csv}, which is also the download).
 */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class AdminCalendarController {

    private static final Set<String> ENTRY_FIELDS = Set.of("date", "kind", "name");

    private final CalendarService calendar;
    private final MaintainingCalendar maintaining;
    private final PageMessages messages;

    AdminCalendarController(CalendarService calendar, MaintainingCalendar maintaining, PageMessages messages) {
        this.calendar = calendar;
        this.maintaining = maintaining;
        this.messages = messages;
    }

    @GetMapping("/admin/calendar")
    String thisYear() {
        return "redirect:/admin/calendar/" + calendar.today().getYear();
    }

    @GetMapping("/admin/calendar/{year:\\d+}")
    String year(@PathVariable int year, Model model) {
        return page(year, EntryForm.empty(), model);
    }

    @PostMapping("/admin/calendar/{year:\\d+}/entries")
    String add(
            @PathVariable int year,
            @ModelAttribute("entryForm") EntryForm form,
            BindingResult result,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.check(result);
        Supplier<String> add = () -> {
            maintaining.addEntry(year, new CalendarEntry(form.day(), form.dayKind(), form.name()), principal.getName());
            redirect.addFlashAttribute("flash", messages.get("calendarPage.added", form.day()));
            return "redirect:/admin/calendar/" + year;
        };
        return FormPosts.save(result, ENTRY_FIELDS, null, response, add, () -> page(year, form, model));
    }

    @PostMapping("/admin/calendar/{year:\\d+}/entries/{date}/removal")
    String remove(
            @PathVariable int year,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Principal principal,
            RedirectAttributes redirect) {
        maintaining.removeEntry(year, date, principal.getName());
        redirect.addFlashAttribute("flash", messages.get("calendarPage.removed", date));
        return "redirect:/admin/calendar/" + year;
    }

    @PostMapping("/admin/calendar/{year:\\d+}/csv")
    String upload(
            @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        String error;
        if (file == null || file.isEmpty()) {
            error = messages.get("calendarPage.csv.missing");
        } else {
            try {
                maintaining.importCsv(year, file.getBytes(), principal.getName());
                redirect.addFlashAttribute("flash", messages.get("calendarPage.csv.imported", year));
                return "redirect:/admin/calendar/" + year;
            } catch (BadRequestException e) {
                error = messages.get(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("csvError", error);
        return page(year, EntryForm.empty(), model);
    }

    private String page(int year, EntryForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("entries", calendar.year(year).entries());
        model.addAttribute("entryForm", form);
        model.addAttribute("kinds", DayKind.values());
        return "admin/calendar";
    }

    /**
     * One exception as the add form posts it, bound by its constructor. The date and the kind are text, so that a
     * value of the wrong kind is an error next to its field, not a form that could not be built.
     */
    public record EntryForm(String date, String kind, String name) {

        /** A new exception is most often a public holiday. */
        static EntryForm empty() {
            return new EntryForm(null, DayKind.HOLIDAY.name(), null);
        }

        /** What is there but is no date or no kind is an error beside it; what is missing the entry refuses. */
        void check(BindingResult result) {
            if (FormText.unreadable(date, day())) {
                result.rejectValue("date", "typeMismatch");
            }
            if (FormText.unreadable(kind, dayKind())) {
                result.rejectValue("kind", "typeMismatch");
            }
        }

        LocalDate day() {
            return FormText.date(date);
        }

        DayKind dayKind() {
            return FormText.enumOf(DayKind.class, kind);
        }
    }
}
