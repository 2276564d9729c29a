package org.deputyflow.vote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.web.VoteController.VoteView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Staff run a vote's meeting: read its electorate, record who is present, open the ballot once the
 * quorum is, and close and count it. Setting a vote up and reading it is {@link VoteController}'s.
 */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "api.tag.votes")
class VoteMeetingController {

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final CountingVotes counting;
    private final DepartmentNames departments;
    private final MessageSource messages;

    VoteMeetingController(
            VoteQueries votes,
            OpeningVotes opening,
            CountingVotes counting,
            DepartmentNames departments,
            MessageSource messages) {
        this.votes = votes;
        this.opening = opening;
        this.counting = counting;
        this.departments = departments;
        this.messages = messages;
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
        VoteDetails details = votes.details(id, user);
        return VoteView.of(details, departments.of(details.vote().departmentId()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.close")
    ResultView close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        var result = counting.close(id, user);
        return ResultView.of(
                result,
                departments.of(result.vote().departmentId()),
                text -> messages.getMessage(text, LocaleContextHolder.getLocale()));
    }

    record AttendanceRequest(
            @NotNull(message = "{error.vote.present.required}")
            @Size(max = VoteController.MAX_MEMBERS, message = "{error.vote.present.tooMany}")
            List<@NotNull(message = "{error.vote.present.idRequired}") Long> presentMemberIds) {}

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
}
