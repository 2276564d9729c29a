package org.deputyflow.vote.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.RectifyingDepartments;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Staff run a satisfaction vote from these pages: set it up, take attendance, open it, enter a paper
 * ballot box, close and count it, then follow the rectification it obliges. The department's leader
 * hands in the rectification report here. The pages show who voted, never how: nothing stores that.
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL','DEPT_LEADER')")
class VotePagesController {

    private static final int PAGE_SIZE = 20;

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final CastingBallots casting;
    private final CountingVotes counting;
    private final RectifyingDepartments rectifying;
    private final DirectoryService directory;
    private final PageMessages messages;

    VotePagesController(VoteQueries votes, OpeningVotes opening, CastingBallots casting, CountingVotes counting,
            RectifyingDepartments rectifying, DirectoryService directory, PageMessages messages) {
        this.votes = votes;
        this.opening = opening;
        this.casting = casting;
        this.counting = counting;
        this.rectifying = rectifying;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/votes")
    String list(@RequestParam(required = false) VoteStatus status, @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Page<Vote> found = votes.votes(status, null, user, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("votes", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoteStatus.values());
        model.addAttribute("departments", names(found.items().stream().map(Vote::departmentId).toList()));
        return "vote/list";
    }

    @GetMapping("/votes/new")
    @PreAuthorize("hasRole('STAFF')")
    String newVote(Model model) {
        model.addAttribute("vote", new CreateForm());
        return createPage(model);
    }

    @PostMapping("/votes")
    @PreAuthorize("hasRole('STAFF')")
    String create(@Valid @ModelAttribute("vote") CreateForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                long id = opening.create(NewVote.first(form.getTitle().strip(), form.getMeetingDate(),
                        form.getDepartmentId(), form.getReportTitle().strip()), user);
                redirect.addFlashAttribute("flash", messages.get("votePage.created"));
                return "redirect:/votes/" + id;
            } catch (NotFoundException e) {
                errors.rejectValue("departmentId", "invalid", e.getMessage());
            } catch (BadRequestException e) {
                errors.rejectValue(field(e, "departmentId", "title", "meetingDate", "reportTitle"), "invalid",
                        e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return createPage(model);
    }

    private String createPage(Model model) {
        model.addAttribute("departmentChoices", directory.allDepartments().stream().filter(Department::active).toList());
        return "vote/new";
    }

    @GetMapping("/votes/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        VoteDetails details = votes.details(id, user);
        Vote vote = details.vote();
        model.addAttribute("details", details);
        model.addAttribute("v", vote);
        model.addAttribute("departmentName", directory.department(vote.departmentId()).name());
        model.addAttribute("minPaperBatch", casting.minPaperBatch());
        if (user.hasRole(Role.STAFF)) {
            model.addAttribute("electors", allElectors(id));
        }
        if (vote.status() == VoteStatus.CLOSED) {
            model.addAttribute("result", counting.result(id, user));
            Rectification rectification = null;
            try {
                rectification = votes.rectification(id, user);
            } catch (NotFoundException e) {
                // the outcome obliges nothing
            }
            model.addAttribute("rectification", rectification);
            if (rectification != null) {
                model.addAttribute("reports", votes.reports(id, user, PageRequest.of(0, PageRequest.MAX_SIZE)));
                model.addAttribute("mayReport", user.hasRole(Role.DEPT_LEADER)
                        && vote.departmentId() == (user.departmentId() == null ? -1 : user.departmentId()));
            }
        }
        for (String form : List.of("paper", "report", "review")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, switch (form) {
                    case "paper" -> new PaperForm();
                    case "report" -> new ReportForm();
                    default -> new ReviewForm();
                });
            }
        }
        return "vote/detail";
    }

    private List<Elector> allElectors(long id) {
        List<Elector> all = new ArrayList<>();
        Page<Elector> current;
        int page = 0;
        do {
            current = votes.electors(id, PageRequest.of(page++, PageRequest.MAX_SIZE));
            all.addAll(current.items());
        } while (all.size() < current.total() && !current.items().isEmpty());
        return all;
    }

    @PostMapping("/votes/{id}/attendance")
    @PreAuthorize("hasRole('STAFF')")
    String attendance(@PathVariable long id, @RequestParam(name = "presentMemberIds", required = false)
            List<Long> present, RedirectAttributes redirect) {
        var attendance = opening.recordAttendance(id, present == null ? List.of() : present);
        redirect.addFlashAttribute("flash", messages.get("votePage.attendanceRecorded",
                attendance.present(), attendance.quorumNeeded()));
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/open")
    @PreAuthorize("hasRole('STAFF')")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        try {
            opening.open(id);
            redirect.addFlashAttribute("flash", messages.get("votePage.opened"));
        } catch (ConflictException e) {
            // most often no quorum: staff correct the attendance on the same page
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/paper-ballots")
    @PreAuthorize("hasRole('STAFF')")
    String paperBallots(@PathVariable long id, @Valid @ModelAttribute("paper") PaperForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                casting.recordPaperBallots(id, form.getMemberIds(), new Tally(form.getSatisfied(),
                        form.getBasicallySatisfied(), form.getUnsatisfied(), form.getInvalid()));
                redirect.addFlashAttribute("flash", messages.get("votePage.paperRecorded"));
                return "redirect:/votes/" + id;
            } catch (BadRequestException e) {
                errors.rejectValue("memberIds", "invalid", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return detail(id, user, model);
    }

    @PostMapping("/votes/{id}/close")
    @PreAuthorize("hasRole('STAFF')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        counting.close(id);
        redirect.addFlashAttribute("flash", messages.get("votePage.closed"));
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/rectification/report")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    String report(@PathVariable long id, @Valid @ModelAttribute("report") ReportForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(id, user, model);
        }
        rectifying.submitReport(id, user, form.getTitle().strip(), form.getSummary().strip());
        redirect.addFlashAttribute("flash", messages.get("votePage.reportSubmitted"));
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/rectification/review")
    @PreAuthorize("hasRole('STAFF')")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                rectifying.reviewReport(id, user, form.getAccepted(),
                        form.getComment() == null || form.getComment().isBlank() ? null : form.getComment().strip(),
                        form.getNextMeetingDate());
                redirect.addFlashAttribute("flash", messages.get("votePage.reportReviewed"));
                return "redirect:/votes/" + id;
            } catch (BadRequestException e) {
                errors.rejectValue(field(e, "comment", "nextMeetingDate"), "invalid", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return detail(id, user, model);
    }

    private static String field(BadRequestException e, String fallback, String... known) {
        for (String name : known) {
            if (name.equals(e.field())) {
                return name;
            }
        }
        return fallback;
    }

    private Map<Long, String> names(List<Long> ids) {
        return directory.departmentsByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
    }


    public static class CreateForm {

        @NotNull(message = "{votePage.error.meetingDateRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate meetingDate;

        @NotBlank(message = "{votePage.error.titleRequired}")
        @Size(max = 150, message = "{votePage.error.titleTooLong}")
        private String title;

        @NotNull(message = "{votePage.error.departmentRequired}")
        private Long departmentId;

        @NotBlank(message = "{votePage.error.reportTitleRequired}")
        @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
        private String reportTitle;

        public LocalDate getMeetingDate() {
            return meetingDate;
        }

        public void setMeetingDate(LocalDate meetingDate) {
            this.meetingDate = meetingDate;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(Long departmentId) {
            this.departmentId = departmentId;
        }

        public String getReportTitle() {
            return reportTitle;
        }

        public void setReportTitle(String reportTitle) {
            this.reportTitle = reportTitle;
        }
    }

    public static class PaperForm {

        @NotNull(message = "{votePage.error.membersRequired}")
        @Size(min = 1, max = 1000, message = "{votePage.error.membersRequired}")
        private List<Long> memberIds = new ArrayList<>();

        @NotNull(message = "{votePage.error.countRequired}")
        @PositiveOrZero(message = "{votePage.error.countNegative}")
        private Integer satisfied = 0;

        @NotNull(message = "{votePage.error.countRequired}")
        @PositiveOrZero(message = "{votePage.error.countNegative}")
        private Integer basicallySatisfied = 0;

        @NotNull(message = "{votePage.error.countRequired}")
        @PositiveOrZero(message = "{votePage.error.countNegative}")
        private Integer unsatisfied = 0;

        @NotNull(message = "{votePage.error.countRequired}")
        @PositiveOrZero(message = "{votePage.error.countNegative}")
        private Integer invalid = 0;

        public List<Long> getMemberIds() {
            return memberIds;
        }

        public void setMemberIds(List<Long> memberIds) {
            this.memberIds = memberIds;
        }

        public Integer getSatisfied() {
            return satisfied;
        }

        public void setSatisfied(Integer satisfied) {
            this.satisfied = satisfied;
        }

        public Integer getBasicallySatisfied() {
            return basicallySatisfied;
        }

        public void setBasicallySatisfied(Integer basicallySatisfied) {
            this.basicallySatisfied = basicallySatisfied;
        }

        public Integer getUnsatisfied() {
            return unsatisfied;
        }

        public void setUnsatisfied(Integer unsatisfied) {
            this.unsatisfied = unsatisfied;
        }

        public Integer getInvalid() {
            return invalid;
        }

        public void setInvalid(Integer invalid) {
            this.invalid = invalid;
        }
    }

    public static class ReportForm {

        @NotBlank(message = "{votePage.error.reportTitleRequired}")
        @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
        private String title;

        @NotBlank(message = "{votePage.error.summaryRequired}")
        @Size(max = 4000, message = "{votePage.error.summaryTooLong}")
        private String summary;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    public static class ReviewForm {

        @NotNull(message = "{votePage.error.decisionRequired}")
        private Boolean accepted;

        @Size(max = 1000, message = "{votePage.error.commentTooLong}")
        private String comment;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate nextMeetingDate;

        public Boolean getAccepted() {
            return accepted;
        }

        public void setAccepted(Boolean accepted) {
            this.accepted = accepted;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public LocalDate getNextMeetingDate() {
            return nextMeetingDate;
        }

        public void setNextMeetingDate(LocalDate nextMeetingDate) {
            this.nextMeetingDate = nextMeetingDate;
        }
    }
}
