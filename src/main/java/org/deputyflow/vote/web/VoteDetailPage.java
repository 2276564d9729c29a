package org.deputyflow.vote.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteResult;
import org.deputyflow.vote.domain.VoteStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The vote's page, {@code vote/detail}, as every vote page shows it: on a GET, and again with the
 * errors of a form that was refused, whichever controller took the form. The page shows who voted,
 * never how: nothing stores that.
 */
@Component
class VoteDetailPage {

    /** How many coming standing committee meetings the review form offers for the repeat vote. */
    static final int NEXT_MEETINGS_OFFERED = 12;

    private final VoteQueries votes;
    private final CountingVotes counting;
    private final CastingBallots casting;
    private final DepartmentNames departments;
    private final PageMessages messages;
    private final Meetings meetings;

    VoteDetailPage(
            VoteQueries votes,
            CountingVotes counting,
            CastingBallots casting,
            DepartmentNames departments,
            PageMessages messages,
            Meetings meetings) {
        this.messages = messages;
        this.meetings = meetings;
        this.votes = votes;
        this.counting = counting;
        this.casting = casting;
        this.departments = departments;
    }

    /** Fills the model for the vote's page, keeping the forms already in it (with their errors). */
    String show(long id, CurrentUser user, Model model) {
        VoteDetails details = votes.details(id, user);
        Vote vote = details.vote();
        model.addAttribute("details", details);
        model.addAttribute("v", vote);
        model.addAttribute("departmentName", departments.of(vote.departmentId()));
        model.addAttribute("minPaperBatch", casting.minPaperBatch());
        // the panels and buttons: exactly what the policy allows this reader now
        Permissions<VoteAction> permissions = details.permissions();
        model.addAttribute("allowed", Set.copyOf(permissions.allowedNames()));
        // no quorum yet: staff see why beside the button, and correct the attendance on the same page
        model.addAttribute(
                "openRefusal",
                permissions
                        .refusal(VoteAction.OPEN)
                        .filter(refusal -> refusal.kind() == Refusal.Kind.CONFLICT)
                        .filter(refusal -> vote.status() == VoteStatus.PREPARING)
                        .map(refusal -> messages.get(refusal.exception()))
                        .orElse(null));
        if (user.hasRole(Role.STAFF)) {
            model.addAttribute("electors", allElectors(id));
        }
        if (permissions.allows(VoteAction.VIEW_RESULT)) {
            VoteResult result = counting.result(id, user);
            model.addAttribute("result", result);
            model.addAttribute("ruleExplanation", messages.get(result.decision().explanation()));
            Rectification rectification = null;
            try {
                rectification = votes.rectification(id, user);
            } catch (NotFoundException e) {
                // the outcome obliges nothing
            }
            model.addAttribute("rectification", rectification);
            if (rectification != null) {
                model.addAttribute("reports", votes.reports(id, user, PageRequest.of(0, PageRequest.MAX_SIZE)));
                if (rectification.followUpRequired() && permissions.allows(VoteAction.REVIEW_REPORT)) {
                    // where the department may face its repeat vote: the next standing committee meetings
                    model.addAttribute(
                            "nextMeetings",
                            meetings.upcoming(
                                    NEXT_MEETINGS_OFFERED, vote.meetingDate(), MeetingKind.STANDING_COMMITTEE));
                }
            }
        }
        for (String form : List.of("paper", "report", "review")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(
                        form,
                        switch (form) {
                            case "paper" -> PaperBallotsForm.empty();
                            case "report" -> RectificationReportForm.empty();
                            default -> ReportReviewForm.empty();
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
}
