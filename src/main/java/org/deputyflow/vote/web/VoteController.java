package org.deputyflow.vote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Text;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.Decision;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteResult;
import org.deputyflow.vote.domain.VoteStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vote from set-up to result: staff create it, record attendance, open and close it; everyone who
 * may see the vote reads it and, once closed, its result. Ballots are {@link BallotController}'s, the
 * rectification a result obliges {@link RectificationController}'s.
 */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "api.tag.votes")
class VoteController {

    static final String READERS = "hasAnyRole('STAFF','COUNCIL','MEMBER','ADMIN','DEPT_LEADER','DEPT_HANDLER')";
    static final int MAX_MEMBERS = 1000;

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final CountingVotes counting;
    private final DepartmentNames departments;
    private final MessageSource messages;

    VoteController(
            VoteQueries votes,
            OpeningVotes opening,
            CountingVotes counting,
            DepartmentNames departments,
            MessageSource messages) {
        this.messages = messages;
        this.votes = votes;
        this.opening = opening;
        this.counting = counting;
        this.departments = departments;
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.create")
    ResponseEntity<VoteView> create(
            @Valid @RequestBody CreateVoteRequest request, @AuthenticationPrincipal CurrentUser user) {
        long id = opening.create(
                NewVote.first(
                        request.title().strip(),
                        request.meetingDate(),
                        request.departmentId(),
                        request.reportTitle().strip()),
                user);
        return ResponseEntity.created(URI.create("/api/votes/" + id)).body(view(votes.details(id, user)));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "api.votes.list")
    Page<VoteSummaryView> list(
            @RequestParam(required = false) VoteStatus status,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal CurrentUser user) {
        Page<Vote> found = votes.votes(status, departmentId, user, PageRequest.of(page, size));
        Map<Long, String> names =
                departments.of(found.items().stream().map(Vote::departmentId).toList());
        return found.map(vote -> VoteSummaryView.of(vote, names.get(vote.departmentId())));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "api.votes.get")
    VoteView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return view(votes.details(id, user));
    }

    @GetMapping("/{id}/electors")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.electors")
    Page<ElectorView> electors(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return votes.electors(id, PageRequest.of(page, size)).map(ElectorView::of);
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.attendance")
    AttendanceView attendance(
            @PathVariable long id,
            @Valid @RequestBody AttendanceRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return AttendanceView.of(opening.recordAttendance(id, user, request.presentMemberIds()));
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.open")
    VoteView open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        opening.open(id, user);
        return view(votes.details(id, user));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.close")
    ResultView close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return result(counting.close(id, user));
    }

    @GetMapping("/{id}/result")
    @PreAuthorize(READERS)
    @Operation(summary = "api.votes.result")
    ResultView result(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return result(counting.result(id, user));
    }

    private VoteView view(VoteDetails details) {
        return VoteView.of(details, departments.of(details.vote().departmentId()));
    }

    private ResultView result(VoteResult result) {
        return ResultView.of(
                result,
                departments.of(result.vote().departmentId()),
                text -> messages.getMessage(text, LocaleContextHolder.getLocale()));
    }

    // ---- requests -------------------------------------------------------------------------------

    record CreateVoteRequest(
            @NotNull(message = "{error.vote.meetingDate.required}")
            LocalDate meetingDate,

            @NotBlank(message = "{error.vote.title.required}") @Size(max = 150, message = "{error.vote.title.tooLong}")
            String title,

            @NotNull(message = "{error.vote.department.required}")
            Long departmentId,

            @NotBlank(message = "{error.vote.reportTitle.required}")
            @Size(max = 200, message = "{error.vote.reportTitle.tooLong}")
            String reportTitle) {}

    record AttendanceRequest(
            @NotNull(message = "{error.vote.present.required}")
            @Size(max = MAX_MEMBERS, message = "{error.vote.present.tooMany}")
            List<@NotNull(message = "{error.vote.present.idRequired}") Long> presentMemberIds) {}

    // ---- responses ------------------------------------------------------------------------------

    record VoteSummaryView(
            long id,
            String title,
            LocalDate meetingDate,
            long departmentId,
            String departmentName,
            String reportTitle,
            int round,
            Long previousVoteId,
            VoteStatus status,
            int electorateSize,
            Integer presentCount,
            Outcome outcome) {

        static VoteSummaryView of(Vote v, String departmentName) {
            return new VoteSummaryView(
                    v.id(),
                    v.title(),
                    v.meetingDate(),
                    v.departmentId(),
                    departmentName,
                    v.reportTitle(),
                    v.round(),
                    v.previousVoteId(),
                    v.status(),
                    v.electorateSize(),
                    v.presentCount(),
                    v.outcome());
        }
    }

    /**
     * @param you the caller's own participation: present and whether they voted, never what
     * @param allowedActions what the caller may do with the vote now ({@code VoteAction} names)
     */
    record VoteView(
            long id,
            String title,
            LocalDate meetingDate,
            long departmentId,
            String departmentName,
            String reportTitle,
            int round,
            Long previousVoteId,
            Long followUpVoteId,
            VoteStatus status,
            int electorateSize,
            Integer presentCount,
            int ballotsCast,
            Outcome outcome,
            Instant openedAt,
            Instant closedAt,
            Participation you,
            List<String> allowedActions) {

        static VoteView of(VoteDetails d, String departmentName) {
            Vote v = d.vote();
            Participation you = d.you() == null
                    ? null
                    : new Participation(d.you().present(), d.you().voted());
            return new VoteView(
                    v.id(),
                    v.title(),
                    v.meetingDate(),
                    v.departmentId(),
                    departmentName,
                    v.reportTitle(),
                    v.round(),
                    v.previousVoteId(),
                    d.followUpVoteId(),
                    v.status(),
                    v.electorateSize(),
                    v.presentCount(),
                    d.ballotsCast(),
                    v.outcome(),
                    v.openedAt(),
                    v.closedAt(),
                    you,
                    d.permissions().allowedNames());
        }
    }

    record Participation(boolean present, boolean voted) {}

    record ElectorView(long memberId, String login, String displayName, boolean present, boolean voted) {
        static ElectorView of(Elector e) {
            return new ElectorView(e.memberId(), e.login(), e.displayName(), e.present(), e.voted());
        }
    }

    record AttendanceView(int electorateSize, int present, long quorumNeeded, boolean quorate) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.electorateSize(), a.present(), a.quorumNeeded(), a.quorate());
        }
    }

    record RuleView(
            ThresholdBase base,
            int baseSize,
            String satisfiedShare,
            String basicallySatisfiedShare,
            long satisfiedNeeded,
            long basicallySatisfiedNeeded,
            String description) {
        static RuleView of(Decision d, Function<Text, String> words) {
            return new RuleView(
                    d.rule().base(),
                    d.baseSize(),
                    d.rule().satisfiedShare().toString(),
                    d.rule().acceptableShare().toString(),
                    d.satisfiedNeeded(),
                    d.acceptableNeeded(),
                    words.apply(d.explanation()));
        }
    }

    /**
     * @param membersVoted members whose ballot was taken; {@code ballotsLost} of them were not counted
     *        (held ballots lost in a restart), and {@code countComplete} is false: staff repeat the vote
     */
    record ResultView(
            long voteId,
            String title,
            LocalDate meetingDate,
            long departmentId,
            String departmentName,
            String reportTitle,
            int round,
            int electorateSize,
            int present,
            int membersVoted,
            int ballotsCast,
            int ballotsLost,
            boolean countComplete,
            int satisfied,
            int basicallySatisfied,
            int unsatisfied,
            int invalid,
            Outcome outcome,
            String outcomeLabel,
            Consequence consequence,
            RuleView rule) {

        /** @param words renders the outcome's name and the rule in the caller's language */
        static ResultView of(VoteResult r, String departmentName, Function<Text, String> words) {
            Vote v = r.vote();
            Tally t = r.tally();
            return new ResultView(
                    v.id(),
                    v.title(),
                    v.meetingDate(),
                    v.departmentId(),
                    departmentName,
                    v.reportTitle(),
                    v.round(),
                    r.electorateSize(),
                    r.present(),
                    r.membersVoted(),
                    t.cast(),
                    r.ballotsLost(),
                    r.complete(),
                    t.satisfied(),
                    t.basicallySatisfied(),
                    t.unsatisfied(),
                    t.invalid(),
                    r.decision().outcome(),
                    words.apply(r.decision().outcome().label()),
                    r.consequence(),
                    RuleView.of(r.decision(), words));
        }
    }
}
