package org.deputyflow.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.Disclosures.Snapshot;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
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

@RestController
@RequestMapping("/api/disclosures")
@Tag(name = "disclosures", description = "api.tag.disclosures")
class DisclosureController {

    private static final String READERS = "hasAnyRole('STAFF','COUNCIL','ADMIN')";

    private final Disclosures disclosures;

    DisclosureController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.disclosures.start")
    ResponseEntity<Snapshot> start(@Valid @RequestBody StartRequest request) {
        Quarter quarter = Quarter.asked(request.year(), request.quarter());
        long id = disclosures.start(quarter);
        return ResponseEntity.created(URI.create("/api/disclosures/" + id)).body(disclosures.snapshot(id));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "api.disclosures.list")
    Page<Disclosure> list(
            @RequestParam(required = false) DisclosureState state,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return disclosures.list(state, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "api.disclosures.get")
    DisclosureView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Snapshot snapshot = disclosures.snapshot(id);
        return new DisclosureView(
                snapshot.disclosure(),
                snapshot.keyLines(),
                snapshot.departmentLines(),
                snapshot.earlierVersions(),
                disclosures.permissions(id, user).allowedNames());
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.disclosures.review")
    Snapshot review(
            @PathVariable long id,
            @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String commentary = request.commentary() == null || request.commentary().isBlank()
                ? null
                : request.commentary().strip();
        return disclosures.review(id, commentary, user);
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.disclosures.approval")
    Snapshot approval(
            @PathVariable long id,
            @Valid @RequestBody ApprovalRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return disclosures.decide(id, request.approve(), request.comment(), request.meetingId(), user);
    }

    @PostMapping("/{id}/corrections")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.disclosures.correct")
    ResponseEntity<Snapshot> correct(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        long created = disclosures.correct(id, user);
        return ResponseEntity.created(URI.create("/api/disclosures/" + created)).body(disclosures.snapshot(created));
    }

    /** A disclosure as {@link Snapshot} shows it, with what the caller may do with it now. */
    record DisclosureView(
            Disclosure disclosure,
            List<KeyLine> keyLines,
            List<DepartmentLine> departmentLines,
            List<Disclosure> earlierVersions,
            List<String> allowedActions) {}

    record StartRequest(
            @NotNull Integer year, @NotNull @Min(1) @Max(4) Integer quarter) {}

    record ReviewRequest(@Size(max = 20000) String commentary) {}

    record ApprovalRequest(
            @NotNull Boolean approve, @Size(max = 2000) String comment, Long meetingId) {}
}
