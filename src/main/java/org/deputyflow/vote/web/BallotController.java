package org.deputyflow.vote.web;

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

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The secret ballot: a member's own ballot, and the paper ballot boxes staff enter. */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "满意度测评：登记出席、无记名投票、计票、整改与质询")
class BallotController {

    private static final int MAX_MEMBERS = VoteController.MAX_MEMBERS;

    private final CastingBallots casting;

    BallotController(CastingBallots casting) {
        this.casting = casting;
    }

    @PostMapping("/{id}/ballots")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "投票（无记名；每人一票；choice 为 SATISFIED、BASICALLY_SATISFIED、UNSATISFIED 之一，"
            + "其他一律计为无效票）")
    ResponseEntity<Void> ballot(@PathVariable long id, @RequestBody BallotRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        casting.castBallot(id, user, request.read());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/paper-ballots")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "录入纸质选票（交票人员名单及各类票数，空白票、多选票计为无效票；一次至少 3 人（可配置），"
            + "少于此数为 400）")
    ResponseEntity<Void> paperBallots(@PathVariable long id, @Valid @RequestBody PaperBallotsRequest request) {
        casting.recordPaperBallots(id, request.memberIds(), new Tally(request.satisfied(), request.basicallySatisfied(),
                request.unsatisfied(), request.invalid()));
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
            @NotEmpty(message = "请提供交票人员名单") @Size(max = MAX_MEMBERS, message = "交票人员名单过长")
            List<@NotNull(message = "交票人员编号不能为空") Long> memberIds,
            @NotNull(message = "请填写满意票数") @PositiveOrZero(message = "票数不能为负数") Integer satisfied,
            @NotNull(message = "请填写基本满意票数") @PositiveOrZero(message = "票数不能为负数") Integer basicallySatisfied,
            @NotNull(message = "请填写不满意票数") @PositiveOrZero(message = "票数不能为负数") Integer unsatisfied,
            @NotNull(message = "请填写无效票数") @PositiveOrZero(message = "票数不能为负数") Integer invalid) {
    }
}
