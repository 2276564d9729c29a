package org.deputyflow.vote.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.RectifyingDepartments;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.Decision;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "满意度测评：登记出席、无记名投票、计票、整改与质询")
class VoteController {

    private static final String READERS = "hasAnyRole('STAFF','COUNCIL','MEMBER','ADMIN','DEPT_LEADER','DEPT_HANDLER')";
    private static final int MAX_MEMBERS = 1000;

    private final VoteQueries votes;
    private final OpeningVotes opening;
    private final CastingBallots casting;
    private final CountingVotes counting;
    private final RectifyingDepartments rectifying;
    private final DirectoryService directory;

    VoteController(VoteQueries votes, OpeningVotes opening, CastingBallots casting, CountingVotes counting,
            RectifyingDepartments rectifying, DirectoryService directory) {
        this.votes = votes;
        this.opening = opening;
        this.casting = casting;
        this.counting = counting;
        this.rectifying = rectifying;
        this.directory = directory;
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
        Map<Long, String> names = departmentNames(found.items().stream().map(Vote::departmentId).toList());
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

    @GetMapping("/{id}/rectification")
    @PreAuthorize(READERS)
    @Operation(summary = "整改要求：期限、状态、是否逾期、再次测评")
    RectificationView rectification(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return RectificationView.of(votes.rectification(id, user));
    }

    @GetMapping("/{id}/rectification/reports")
    @PreAuthorize(READERS)
    @Operation(summary = "已提交的整改报告及审核意见（分页）")
    Page<ReportView> reports(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
        return votes.reports(id, user, PageRequest.of(page, size)).map(ReportView::of);
    }

    @PostMapping("/{id}/rectification/reports")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "承办单位负责人提交整改报告")
    ResponseEntity<ReportView> submitReport(@PathVariable long id, @Valid @RequestBody ReportRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        RectificationReport report = rectifying.submitReport(id, user, request.title().strip(), request.summary().strip());
        return ResponseEntity.created(URI.create("/api/votes/" + id + "/rectification/reports"))
                .body(ReportView.of(report));
    }

    @PostMapping("/{id}/rectification/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "审核整改报告：通过，或写明理由退回；不满意的测评通过时须填写再次测评的会议日期")
    RectificationView review(@PathVariable long id, @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        rectifying.reviewReport(id, user, request.accepted(), request.comment(), request.nextMeetingDate());
        return RectificationView.of(votes.rectification(id, user));
    }

    @GetMapping("/inquiries")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL','ADMIN')")
    @Operation(summary = "连续两次测评不满意、提请质询的承办单位（分页）")
    Page<InquiryView> inquiries(@RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Page<InquiryFlag> found = votes.inquiries(departmentId, PageRequest.of(page, size));
        Map<Long, String> names = departmentNames(found.items().stream().map(InquiryFlag::departmentId).toList());
        return found.map(flag -> InquiryView.of(flag, names.get(flag.departmentId())));
    }

    private VoteView view(VoteDetails details) {
        return VoteView.of(details, directory.department(details.vote().departmentId()).name());
    }

    private ResultView result(VoteResult result) {
        return ResultView.of(result, directory.department(result.vote().departmentId()).name());
    }

    private Map<Long, String> departmentNames(Collection<Long> ids) {
        return directory.departmentsByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
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

    record ReportRequest(
            @NotBlank(message = "请填写整改报告标题") @Size(max = 200, message = "整改报告标题不能超过 200 字") String title,
            @NotBlank(message = "请填写整改情况") @Size(max = 4000, message = "整改情况不能超过 4000 字") String summary) {
    }

    record ReviewRequest(
            @NotNull(message = "请选择通过或退回") Boolean accepted,
            @Size(max = 1000, message = "审核意见不能超过 1000 字") String comment,
            LocalDate nextMeetingDate) {
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

    record RectificationView(long voteId, long departmentId, LocalDate dueDate, RectificationStatus status,
            boolean overdue, boolean followUpRequired, LocalDate nextMeetingDate) {
        static RectificationView of(Rectification r) {
            return new RectificationView(r.voteId(), r.departmentId(), r.dueDate(), r.status(), r.overdue(),
                    r.followUpRequired(), r.nextMeetingDate());
        }
    }

    record ReportView(long id, String title, String summary, long submittedBy, Instant submittedAt,
            ReportDecision decision, String comment, Instant decidedAt) {
        static ReportView of(RectificationReport r) {
            return new ReportView(r.id(), r.title(), r.summary(), r.submittedBy(), r.submittedAt(), r.decision(),
                    r.comment(), r.decidedAt());
        }
    }

    record InquiryView(long id, long departmentId, String departmentName, long voteId, String voteTitle,
            LocalDate meetingDate, long firstVoteId, Instant flaggedAt) {
        static InquiryView of(InquiryFlag f, String departmentName) {
            return new InquiryView(f.id(), f.departmentId(), departmentName, f.voteId(), f.voteTitle(),
                    f.meetingDate(), f.firstVoteId(), f.flaggedAt());
        }
    }
}
