package org.deputyflow.vote.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Tally;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The secret ballot: a member's own ballot, and the paper ballot boxes staff enter. */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "api.tag.votes")
class BallotController {

    private static final int MAX_MEMBERS = VoteController.MAX_MEMBERS;

    private final CastingBallots casting;

    BallotController(CastingBallots casting) {
        this.casting = casting;
    }

    @PostMapping("/{id}/ballots")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "api.votes.ballot")
    ResponseEntity<Void> ballot(
            @PathVariable long id, @RequestBody BallotRequest request, @AuthenticationPrincipal CurrentUser user) {
        casting.castBallot(id, user, request.read());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/paper-ballots")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.paperBallots")
    ResponseEntity<Void> paperBallots(
            @PathVariable long id,
            @Valid @RequestBody PaperBallotsRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        casting.recordPaperBallots(
                id,
                user,
                request.memberIds(),
                new Tally(request.satisfied(), request.basicallySatisfied(), request.unsatisfied(), request.invalid()));
        return ResponseEntity.noContent().build();
    }

    // ---- requests -------------------------------------------------------------------------------

    /**
     * A ballot as cast: whatever {@code choice} holds that is not exactly one of the three grades —
     * nothing, a blank, a list of several, another word — is an invalid ballot and counted as one.
     */
    record BallotRequest(JsonNode choice) {

        Choice read() {
            return Choice.read(choice != null && choice.isTextual() ? choice.textValue() : null);
        }
    }

    record PaperBallotsRequest(
            @NotEmpty(message = "{error.vote.paper.membersRequired}")
            @Size(max = MAX_MEMBERS, message = "{error.vote.paper.tooManyMembers}")
            List<@NotNull(message = "{error.vote.paper.memberIdRequired}") Long> memberIds,

            @NotNull(message = "{error.vote.paper.satisfiedRequired}")
            @PositiveOrZero(message = "{error.vote.paper.negative}")
            Integer satisfied,

            @NotNull(message = "{error.vote.paper.basicallySatisfiedRequired}")
            @PositiveOrZero(message = "{error.vote.paper.negative}")
            Integer basicallySatisfied,

            @NotNull(message = "{error.vote.paper.unsatisfiedRequired}")
            @PositiveOrZero(message = "{error.vote.paper.negative}")
            Integer unsatisfied,

            @NotNull(message = "{error.vote.paper.invalidRequired}")
            @PositiveOrZero(message = "{error.vote.paper.negative}")
            Integer invalid) {}
}
