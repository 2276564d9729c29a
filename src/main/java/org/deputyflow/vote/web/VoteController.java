package org.deputyflow.vote.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vote from set-up to result: staff create it, record attendance, open and close it; everyone who
 * may see the vote reads it and, once closed, its result. Ballots are {@link BallotController}'s, the
 * rectification a result obliges {@link RectificationController}'s.
 */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "满意度测评：登记出席、无记名投票、计票、整改与质询")
class VoteController {

    static final String READERS = "hasAnyRole('STAFF','COUNCIL','MEMBER','ADMIN','DEPT_LEADER','DEPT_HANDLER')";
    static final int MAX_MEMBERS = 1000;

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final CountingVotes counting;
    private final DepartmentNames departments;

    VoteController(VoteQueries votes, OpeningVotes opening, CountingVotes counting, DepartmentNames departments) {
        this.votes = votes;
        this.opening = opening;
        this.counting = counting;
        this.departments = departments;
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "发起测评（选民为此刻全体在任常委会组成人员）")
    ResponseEntity<VoteView> create(@Valid @RequestBody CreateVoteRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        long id = opening.create(NewVote.first(request.title().strip(), request.meetingDate(), request.departmentId(),
                request.reportTitle().strip()), user);
        return ResponseEntity.created(URI.create("/api/votes/" + id)).body(view(votes.details(id, user)));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "测评列表（分页；可按状态、承办单位筛选；承办单位只看到本单位的测评）")
    Page<VoteSummaryView> list(@RequestParam(required = false) VoteStatus status,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
        Page<Vote> found = votes.votes(status, departmentId, user, PageRequest.of(page, size));
        Map<Long, String> names = departments.of(found.items().stream().map(Vote::departmentId).toList());
        return found.map(vote -> VoteSummaryView.of(vote, names.get(vote.departmentId())));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "测评详情（组成人员可看到自己是否已投票，但看不到投了什么）")
    VoteView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return view(votes.details(id, user));
    }

    @GetMapping("/{id}/electors")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "本次测评的组成人员名单（分页；含是否出席、是否已投票）")
    Page<ElectorView> electors(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return votes.electors(id, PageRequest.of(page, size)).map(ElectorView::of);
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "登记出席人员（开始投票前可重复登记，以最后一次为准）")
    AttendanceView attendance(@PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
        return AttendanceView.of(opening.recordAttendance(id, request.presentMemberIds()));
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "开始投票（出席人数须超过全体组成人员的半数，否则 409）")
    VoteView open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        opening.open(id);
        return view(votes.details(id, user));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "结束投票并计票")
    ResultView close(@PathVariable long id) {
        return result(counting.close(id));
    }

    @GetMapping("/{id}/result")
    @PreAuthorize(READERS)
    @Operation(summary = "测评结果（计票后）：组成人员数、出席、投票人数、计入票数、各类票数、无效票、结果及所依据的规则；"
            + "投票人数多于计入票数（ballotsLost > 0，countComplete 为 false）说明有选票在投票期间丢失，应重新测评")
    ResultView result(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return result(counting.result(id, user));
    }

    private VoteView view(VoteDetails details) {
        return VoteView.of(details, departments.of(details.vote().departmentId()));
    }

    private ResultView result(VoteResult result) {
        return ResultView.of(result, departments.of(result.vote().departmentId()));
    }

    // ---- requests -------------------------------------------------------------------------------

    record CreateVoteRequest(
            @NotNull(message = "请填写会议日期") LocalDate meetingDate,
            @NotBlank(message = "请填写测评事项名称") @Size(max = 150, message = "测评事项名称不能超过 150 字") String title,
            @NotNull(message = "请选择被测评的承办单位") Long departmentId,
            @NotBlank(message = "请填写所测评的工作报告名称") @Size(max = 200, message = "报告名称不能超过 200 字")
            String reportTitle) {
    }

    record AttendanceRequest(
            @NotNull(message = "请提供出席人员名单") @Size(max = MAX_MEMBERS, message = "出席人员名单过长")
            List<@NotNull(message = "出席人员编号不能为空") Long> presentMemberIds) {
    }

    // ---- responses ------------------------------------------------------------------------------

    record VoteSummaryView(long id, String title, LocalDate meetingDate, long departmentId, String departmentName,
            String reportTitle, int round, Long previousVoteId, VoteStatus status, int electorateSize,
            Integer presentCount, Outcome outcome) {

        static VoteSummaryView of(Vote v, String departmentName) {
            return new VoteSummaryView(v.id(), v.title(), v.meetingDate(), v.departmentId(), departmentName,
                    v.reportTitle(), v.round(), v.previousVoteId(), v.status(), v.electorateSize(), v.presentCount(),
                    v.outcome());
        }
    }

    /** @param you the caller's own participation: present and whether they voted, never what */
    record VoteView(long id, String title, LocalDate meetingDate, long departmentId, String departmentName,
            String reportTitle, int round, Long previousVoteId, Long followUpVoteId, VoteStatus status,
            int electorateSize, Integer presentCount, int ballotsCast, Outcome outcome, Instant openedAt,
            Instant closedAt, Participation you) {

        static VoteView of(VoteDetails d, String departmentName) {
            Vote v = d.vote();
            Participation you = d.you() == null ? null : new Participation(d.you().present(), d.you().voted());
            return new VoteView(v.id(), v.title(), v.meetingDate(), v.departmentId(), departmentName, v.reportTitle(),
                    v.round(), v.previousVoteId(), d.followUpVoteId(), v.status(), v.electorateSize(), v.presentCount(),
                    d.ballotsCast(), v.outcome(), v.openedAt(), v.closedAt(), you);
        }
    }

    record Participation(boolean present, boolean voted) {
    }

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

    record RuleView(ThresholdBase base, int baseSize, String satisfiedShare, String basicallySatisfiedShare,
            long satisfiedNeeded, long basicallySatisfiedNeeded, String description) {
        static RuleView of(Decision d) {
            return new RuleView(d.rule().base(), d.baseSize(), d.rule().satisfiedShare().toString(),
                    d.rule().acceptableShare().toString(), d.satisfiedNeeded(), d.acceptableNeeded(), d.explanation());
        }
    }

    /**
     * @param membersVoted members whose ballot was taken; {@code ballotsLost} of them were not counted
     *        (held ballots lost in a restart), and {@code countComplete} is false: staff repeat the vote
     */
    record ResultView(long voteId, String title, LocalDate meetingDate, long departmentId, String departmentName,
            String reportTitle, int round, int electorateSize, int present, int membersVoted, int ballotsCast,
            int ballotsLost, boolean countComplete, int satisfied, int basicallySatisfied, int unsatisfied,
            int invalid, Outcome outcome, String outcomeLabel, Consequence consequence, RuleView rule) {

        static ResultView of(VoteResult r, String departmentName) {
            Vote v = r.vote();
            Tally t = r.tally();
            return new ResultView(v.id(), v.title(), v.meetingDate(), v.departmentId(), departmentName,
                    v.reportTitle(), v.round(), r.electorateSize(), r.present(), r.membersVoted(), t.cast(),
                    r.ballotsLost(), r.complete(), t.satisfied(), t.basicallySatisfied(), t.unsatisfied(),
                    t.invalid(), r.decision().outcome(), r.decision().outcome().label(), r.consequence(),
                    RuleView.of(r.decision()));
        }
    }
}
