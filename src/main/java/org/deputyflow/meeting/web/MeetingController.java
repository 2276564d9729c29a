package org.deputyflow.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.meeting.ManagingMeetings;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings for staff and admins to keep, and for the council to read with what was decided at them. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "meetings", description = "api.tag.meetings")
class MeetingController {

    private final ManagingMeetings managing;

    MeetingController(ManagingMeetings managing) {
        this.managing = managing;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL', 'ADMIN')")
    @Operation(summary = "api.meetings.list")
    Page<MeetingView> list(
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return managing.list(kind, year, PageRequest.of(page, size)).map(MeetingView::of);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "api.meetings.create")
    ResponseEntity<MeetingView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody MeetingRequest request) {
        Meeting meeting = managing.create(user, request.draft());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .body(MeetingView.of(meeting));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL', 'ADMIN')")
    @Operation(summary = "api.meetings.get")
    MeetingView get(@PathVariable long id) {
        return MeetingView.of(managing.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "api.meetings.update")
    MeetingView update(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody MeetingRequest request) {
        return MeetingView.of(managing.update(user, id, request.draft()));
    }

    @GetMapping("/{id}/decisions")
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL', 'ADMIN')")
    @Operation(summary = "api.meetings.decisions")
    DecisionsView decisions(@PathVariable long id) {
        ManagingMeetings.MeetingWithDecisions found = managing.decisions(id);
        return new DecisionsView(MeetingView.of(found.meeting()), found.decisions());
    }

    record MeetingRequest(MeetingKind kind, String number, LocalDate heldOn, String title) {
        ManagingMeetings.MeetingDraft draft() {
            return new ManagingMeetings.MeetingDraft(kind, number, heldOn, title);
        }
    }

    record MeetingView(
            long id,
            MeetingKind kind,
            String number,
            LocalDate heldOn,
            String title,
            String createdBy,
            Instant createdAt) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.kind(), m.number(), m.heldOn(), m.title(), m.createdBy(), m.createdAt());
        }
    }

    record DecisionsView(MeetingView meeting, List<MeetingDecision> decisions) {}
}
