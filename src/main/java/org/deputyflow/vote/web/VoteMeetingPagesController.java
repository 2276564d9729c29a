package org.deputyflow.vote.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.domain.Tally;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff run the meeting from the vote's page: take attendance, open the ballot once the quorum is
 * present, enter a paper ballot box, close and count. Members cast their own ballots from their home
 * page ({@link MemberHomeController}).
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL','DEPT_LEADER')")
class VoteMeetingPagesController {

    private final OpeningVotes opening;
    private final CastingBallots casting;
    private final CountingVotes counting;
    private final VoteDetailPage detailPage;
    private final PageMessages messages;

    VoteMeetingPagesController(
            OpeningVotes opening,
            CastingBallots casting,
            CountingVotes counting,
            VoteDetailPage detailPage,
            PageMessages messages) {
        this.opening = opening;
        this.casting = casting;
        this.counting = counting;
        this.detailPage = detailPage;
        this.messages = messages;
    }

    @PostMapping("/votes/{id}/attendance")
    @PreAuthorize("hasRole('STAFF')")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "presentMemberIds", required = false) List<Long> present,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var attendance = opening.recordAttendance(id, user, present == null ? List.of() : present);
        redirect.addFlashAttribute(
                "flash", messages.get("votePage.attendanceRecorded", attendance.present(), attendance.quorumNeeded()));
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/open")
    @PreAuthorize("hasRole('STAFF')")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            opening.open(id, user);
            redirect.addFlashAttribute("flash", messages.get("votePage.opened"));
        } catch (ConflictException e) {
            // most often no quorum: staff correct the attendance on the same page
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/paper-ballots")
    @PreAuthorize("hasRole('STAFF')")
    String paperBallots(
            @PathVariable long id,
            @Valid @ModelAttribute("paper") PaperBallotsForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> record = () -> {
            casting.recordPaperBallots(
                    id,
                    user,
                    form.memberIds(),
                    new Tally(form.satisfied(), form.basicallySatisfied(), form.unsatisfied(), form.invalid()));
            redirect.addFlashAttribute("flash", messages.get("votePage.paperRecorded"));
            return "redirect:/votes/" + id;
        };
        return FormPosts.save(errors, Set.of(), "memberIds", response, record, () -> detailPage.show(id, user, model));
    }

    @PostMapping("/votes/{id}/close")
    @PreAuthorize("hasRole('STAFF')")
    String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        counting.close(id, user);
        redirect.addFlashAttribute("flash", messages.get("votePage.closed"));
        return "redirect:/votes/" + id;
    }
}
