package org.deputyflow.vote.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.PublishedResult;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VoteDetails;
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
 * A committee member's home: the open votes they are to vote in, each with its secret ballot, then
 * the counted results. Nothing here, nor anywhere, says what anybody voted.
 */
@PageController
@PreAuthorize("hasRole('MEMBER')")
class MemberHomeController {

    private static final int PAGE_SIZE = 20;
    /** Votes open at one time: the items of one meeting. */
    private static final int OPEN_LIMIT = 50;
    /** The refusal of a member of the electorate not (yet) recorded present. */
    private static final String NOT_PRESENT = "error.vote.notPresent";

    private final VoteQueries votes;
    private final CastingBallots casting;
    private final DirectoryService directory;
    private final PageMessages messages;

    MemberHomeController(VoteQueries votes, CastingBallots casting, DirectoryService directory, PageMessages messages) {
        this.votes = votes;
        this.casting = casting;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/member")
    String home(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<VoteDetails> ballots = new ArrayList<>();
        for (Vote vote : votes.votes(VoteStatus.OPEN, null, user, PageRequest.of(0, OPEN_LIMIT))
                .items()) {
            VoteDetails details = votes.details(vote.id(), user);
            if (awaitsBallot(details)) {
                ballots.add(details);
            }
        }
        Page<PublishedResult> results = votes.published(PageRequest.of(page, PAGE_SIZE));
        List<Long> departmentIds = new ArrayList<>();
        ballots.forEach(d -> departmentIds.add(d.vote().departmentId()));
        results.items().forEach(r -> departmentIds.add(r.vote().departmentId()));
        Map<Long, String> names = directory
                .departmentsByIds(departmentIds.stream().distinct().toList())
                .stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        model.addAttribute("ballots", ballots);
        model.addAttribute("results", results);
        model.addAttribute("departments", names);
        model.addAttribute("castBallot", VoteAction.CAST_BALLOT);
        model.addAttribute("choices", List.of(Choice.SATISFIED, Choice.BASICALLY_SATISFIED, Choice.UNSATISFIED));
        if (!model.containsAttribute("ballot")) {
            model.addAttribute("ballot", new BallotForm(null));
        }
        return "vote/member-home";
    }

    /**
     * A vote the member is to vote in: the policy lets them cast their ballot, or would once they are
     * recorded present (the page says so).
     */
    private static boolean awaitsBallot(VoteDetails details) {
        return details.allows(VoteAction.CAST_BALLOT)
                || details.permissions()
                        .refusal(VoteAction.CAST_BALLOT)
                        .filter(refusal -> NOT_PRESENT.equals(refusal.code()))
                        .isPresent();
    }

    /** One secret ballot; a second one is refused with the conflict page. */
    @PostMapping("/member/votes/{id}/ballot")
    String ballot(
            @PathVariable long id,
            @Valid @ModelAttribute("ballot") BallotForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("ballotVoteId", id);
            return home(null, user, model);
        }
        casting.castBallot(id, user, form.choice());
        redirect.addFlashAttribute("flash", messages.get("votePage.ballotCast"));
        return "redirect:/member";
    }

    /** One secret ballot: the choice only. */
    public record BallotForm(
            @NotNull(message = "{votePage.error.choiceRequired}")
            Choice choice) {}
}
