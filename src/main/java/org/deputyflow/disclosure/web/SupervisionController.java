package org.deputyflow.disclosure.web;

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
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.InstructingDepartments;
import org.deputyflow.disclosure.RecordingSupervision;
import org.deputyflow.disclosure.SupervisionQueries;
import org.deputyflow.disclosure.SupervisionQueries.Followed;
import org.deputyflow.disclosure.SupervisionQueries.Supervision;
import org.deputyflow.disclosure.domain.DepartmentProgress;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionActivity;
import org.deputyflow.disclosure.domain.SupervisionInstruction;
import org.deputyflow.disclosure.domain.SupervisionKind;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "supervision", description = "api.tag.supervision")
class SupervisionController {

    private final SupervisionQueries queries;
    private final InstructingDepartments instructions;
    private final RecordingSupervision recording;
    private final CalendarService calendar;

    SupervisionController(
            SupervisionQueries queries,
            InstructingDepartments instructions,
            RecordingSupervision recording,
            CalendarService calendar) {
        this.queries = queries;
        this.instructions = instructions;
        this.recording = recording;
        this.calendar = calendar;
    }

    @GetMapping("/api/key-suggestions/supervised")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.supervision.supervised")
    Page<FollowedView> supervised(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = calendar.today();
        return queries.supervisedBy(user, PageRequest.of(page, size)).map(f -> view(f, today));
    }

    @GetMapping("/api/suggestions/{id}/supervision")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL','ADMIN')")
    @Operation(summary = "api.supervision.read")
    SupervisionView read(@PathVariable long id) {
        return view(queries.supervision(id), calendar.today());
    }

    @PostMapping("/api/suggestions/{id}/supervision/instructions")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.supervision.instruct")
    ResponseEntity<InstructionView> instruct(
            @PathVariable long id,
            @Valid @RequestBody InstructionRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        SupervisionInstruction created =
                instructions.instruct(id, request.content().strip(), user);
        return ResponseEntity.created(URI.create("/api/suggestions/" + id + "/supervision"))
                .body(view(created, calendar.today()));
    }

    @PostMapping("/api/suggestions/{id}/supervision/activities")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.supervision.recordActivity")
    ResponseEntity<SupervisionActivity> recordActivity(
            @PathVariable long id,
            @Valid @RequestBody ActivityRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        SupervisionActivity created = recording.recordActivity(
                id,
                request.kind(),
                request.heldOn(),
                blankToNull(request.place()),
                request.participants().strip(),
                request.summary().strip(),
                user);
        return ResponseEntity.created(URI.create("/api/suggestions/" + id + "/supervision"))
                .body(created);
    }

    @PutMapping("/api/suggestions/{id}/supervision/progress")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.supervision.draftProgress")
    ProgressView draftProgress(
            @PathVariable long id,
            @Valid @RequestBody ProgressRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return progress(recording.draftProgress(id, request.text().strip(), user));
    }

    @PostMapping("/api/suggestions/{id}/supervision/progress/approval")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.supervision.approveProgress")
    ProgressView approveProgress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return progress(recording.approveProgress(id, user));
    }

    @GetMapping("/api/supervision/instructions")
    @PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
    @Operation(summary = "api.supervision.toDepartment")
    Page<InstructionToDepartment> toDepartment(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.toDepartment(user, open, PageRequest.of(page, size));
    }

    @PostMapping("/api/suggestions/{id}/supervision/acknowledgements")
    @PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
    @Operation(summary = "api.supervision.acknowledge")
    InstructionToDepartment acknowledge(
            @PathVariable long id,
            @Valid @RequestBody AcknowledgementRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return instructions.acknowledge(id, request.recipientId(), blankToNull(request.reply()), user);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FollowedView view(Followed f, LocalDate today) {
        return new FollowedView(
                f.key().suggestionId(),
                f.key().serialNo(),
                f.key().title(),
                f.key().status(),
                f.key().designatedAt(),
                f.key().progressApproved(),
                f.departments().stream().map(d -> view(d, today)).toList());
    }

    private static DepartmentView view(DepartmentProgress d, LocalDate today) {
        return new DepartmentView(
                d.departmentId(), d.departmentName(), d.role(), d.state(), d.due(), d.repliedAt(), d.daysLeft(today));
    }

    private static InstructionView view(SupervisionInstruction i, LocalDate today) {
        return new InstructionView(
                i.id(),
                i.content(),
                i.writtenBy(),
                i.writtenAt(),
                i.acknowledged(),
                i.recipients().stream()
                        .map(r -> new RecipientView(
                                r.id(),
                                r.departmentId(),
                                r.departmentName(),
                                r.acknowledgeDue(),
                                r.acknowledgedBy(),
                                r.acknowledgedAt(),
                                r.reply(),
                                r.late(today)))
                        .toList());
    }

    private static SupervisionView view(Supervision s, LocalDate today) {
        return new SupervisionView(
                s.key().suggestionId(),
                s.key().serialNo(),
                s.key().title(),
                s.key().status(),
                s.key().supervisingLeader(),
                progress(s.key()),
                s.departments().stream().map(d -> view(d, today)).toList(),
                s.instructions().stream().map(i -> view(i, today)).toList(),
                s.activities());
    }

    private static ProgressView progress(KeySuggestion k) {
        return new ProgressView(k.progressDraft(), k.progressApproved());
    }

    record InstructionRequest(@NotBlank @Size(max = 2000) String content) {}

    record ActivityRequest(
            @NotNull SupervisionKind kind,
            @NotNull LocalDate heldOn,
            @Size(max = 200) String place,
            @NotBlank @Size(max = 1000) String participants,
            @NotBlank @Size(max = 4000) String summary) {}

    record ProgressRequest(@NotBlank @Size(max = 300) String text) {}

    record AcknowledgementRequest(
            @NotNull Long recipientId, @Size(max = 2000) String reply) {}

    record DepartmentView(
            long departmentId,
            String departmentName,
            String role,
            String state,
            LocalDate due,
            Instant repliedAt,
            Integer daysLeft) {}

    record FollowedView(
            long suggestionId,
            String serialNo,
            String title,
            String status,
            Instant designatedAt,
            String progress,
            List<DepartmentView> departments) {}

    record RecipientView(
            long id,
            long departmentId,
            String departmentName,
            LocalDate acknowledgeDue,
            String acknowledgedBy,
            Instant acknowledgedAt,
            String reply,
            boolean late) {}

    record InstructionView(
            long id,
            String content,
            String writtenBy,
            Instant writtenAt,
            boolean acknowledged,
            List<RecipientView> recipients) {}

    record ProgressView(String draft, String approved) {}

    record SupervisionView(
            long suggestionId,
            String serialNo,
            String title,
            String status,
            String supervisingLeader,
            ProgressView progress,
            List<DepartmentView> departments,
            List<InstructionView> instructions,
            List<SupervisionActivity> activities) {}
}
