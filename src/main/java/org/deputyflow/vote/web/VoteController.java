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
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
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
 * A vote set up and read: staff create it; everyone who may see the vote reads it, with what they may
 * do with it now, and, once closed, its result. Staff run its meeting through
 * {@link VoteMeetingController}; ballots are {@link BallotController}'s, the rectification a result
 * obliges {@link RectificationController}'s.
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
}
