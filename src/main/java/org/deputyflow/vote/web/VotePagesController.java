package org.deputyflow.vote.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteStatus;
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

/**
 * The votes' list and page, and setting up a vote. Staff run the meeting from the vote's page
 * ({@link VoteMeetingPagesController}) and follow the rectification it obliges there
 * ({@link RectificationPagesController}); the department's leader hands in the report there.
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL','DEPT_LEADER')")
class VotePagesController {

    private static final int PAGE_SIZE = 20;

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final VoteDetailPage detailPage;
    private final DepartmentNames departments;
    private final DirectoryService directory;
    private final PageMessages messages;

    VotePagesController(
            VoteQueries votes,
            OpeningVotes opening,
            VoteDetailPage detailPage,
            DepartmentNames departments,
            DirectoryService directory,
            PageMessages messages) {
        this.votes = votes;
        this.opening = opening;
        this.detailPage = detailPage;
        this.departments = departments;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/votes")
    String list(
            @RequestParam(required = false) VoteStatus status,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Page<Vote> found = votes.votes(status, null, user, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("votes", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoteStatus.values());
        model.addAttribute(
                "departments",
                departments.of(found.items().stream().map(Vote::departmentId).toList()));
        return "vote/list";
    }

    @GetMapping("/votes/new")
    @PreAuthorize("hasRole('STAFF')")
    String newVote(Model model) {
        model.addAttribute("vote", CreateVoteForm.empty());
        return createPage(model);
    }

    @PostMapping("/votes")
    @PreAuthorize("hasRole('STAFF')")
    String create(
            @Valid @ModelAttribute("vote") CreateVoteForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                long id = opening.create(
                        NewVote.first(
                                form.title().strip(),
                                form.meetingDate(),
                                form.departmentId(),
                                form.reportTitle().strip()),
                        user);
                redirect.addFlashAttribute("flash", messages.get("votePage.created"));
                return "redirect:/votes/" + id;
            } catch (NotFoundException e) {
                errors.rejectValue("departmentId", e.code(), e.getArguments(), null);
            } catch (BadRequestException e) {
                errors.rejectValue(
                        FormErrors.field(e, "departmentId", "title", "meetingDate", "reportTitle"),
                        e.code(),
                        e.getArguments(),
                        null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return createPage(model);
    }

    private String createPage(Model model) {
        model.addAttribute(
                "departmentChoices",
                directory.allDepartments().stream().filter(Department::active).toList());
        return "vote/new";
    }

    @GetMapping("/votes/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return detailPage.show(id, user, model);
    }
}
