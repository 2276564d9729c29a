package org.deputyflow.vote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.Decision;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.PublishedResult;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteResult;
import org.deputyflow.vote.domain.VoteRules;
import org.deputyflow.vote.domain.VoteStatus;
import org.deputyflow.vote.persistence.BallotStatements;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.InquiryMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.TallyMapper;
import org.deputyflow.vote.persistence.VoteFilter;
import org.deputyflow.vote.persistence.VoteMapper;
import org.deputyflow.vote.process.VoteWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The satisfaction vote module's API. Every change writes the vote's tables and moves its process
 * instance in one transaction. A ballot is the exception: it commits the member's voted flag in a
 * transaction of its own and hands the choice to {@link HeldBallots}, which adds it to the counters
 * later, mixed with other ballots; it never touches the engine, and nothing about it is logged.
 * Every other change writes its audit line ({@code vote.*}) in its transaction; a member's ballot
 * writes none when it is cast, only "voted in vote N" at the close, with the close's time.
 */
@Service
@Transactional(readOnly = true)
public class VoteService {

    private static final Logger log = LoggerFactory.getLogger(VoteService.class);

    private final VoteMapper votes;
    private final ElectorMapper electors;
    private final TallyMapper tallies;
    private final RectificationMapper rectifications;
    private final InquiryMapper inquiries;
    private final DirectoryService directory;
    private final VoteWorkflow workflow;
    private final VoteRules rules;
    private final int minPaperBatch;
    private final HeldBallots held;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditTrail audit;

    VoteService(VoteMapper votes, ElectorMapper electors, TallyMapper tallies, RectificationMapper rectifications,
            InquiryMapper inquiries, DirectoryService directory, VoteWorkflow workflow, VoteProperties properties,
            HeldBallots held, PlatformTransactionManager transactions, Clock clock,
            @Value("${deputyflow.zone:Asia/Shanghai}") ZoneId zone, AuditTrail audit) {
        this.votes = votes;
        this.electors = electors;
        this.tallies = tallies;
        this.rectifications = rectifications;
        this.inquiries = inquiries;
        this.directory = directory;
        this.workflow = workflow;
        this.rules = properties.rules();
        this.minPaperBatch = properties.minPaperBatch();
        this.held = held;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
    }

    // ---- setting up, attendance, opening ------------------------------------------------------

    /** Sets up a vote whose electorate is every active committee member at this moment. */
    @Transactional
    public long create(NewVote vote, CurrentUser staff) {
        Department department = departmentFor(vote.departmentId());
        if (!department.active()) {
            throw new BadRequestException("departmentId", "承办单位“" + department.name() + "”已撤销，不能对其测评");
        }
        long id = insertAndStart(vote, staff.id(), department.code());
        audit.record("vote.create", "vote", id, AuditTrail.SUCCESS, Map.of("department", vote.departmentId(),
                "meetingDate", String.valueOf(vote.meetingDate()), "round", vote.round()));
        return id;
    }

    private long insertAndStart(NewVote vote, long createdBy, String departmentCode) {
        GeneratedKey key = new GeneratedKey();
        votes.insert(vote, createdBy, now(), key);
        long id = key.value();
        int electorate = electors.snapshotActiveMembers(id, Role.MEMBER.name());
        if (electorate == 0) {
            throw new ConflictException("目前没有在任的常委会组成人员，无法发起测评");
        }
        votes.setElectorateSize(id, electorate);
        tallies.create(id);
        workflow.started(id, departmentCode);
        return id;
    }

    /** Replaces the list of members present; allowed until the vote opens. */
    @Transactional
    public Attendance recordAttendance(long id, Collection<Long> presentMemberIds) {
        Vote vote = lock(id);
        vote.requireStatus(VoteStatus.PREPARING, "登记出席");
        Set<Long> present = new LinkedHashSet<>(presentMemberIds);
        requireElectors(id, present, "presentMemberIds");
        electors.clearAttendance(id);
        if (!present.isEmpty()) {
            electors.markPresent(id, present);
        }
        audit.record("vote.attendance", "vote", id, AuditTrail.SUCCESS, Map.of("present", present.size()));
        return attendance(vote, present.size());
    }

    private Attendance attendance(Vote vote, int present) {
        return new Attendance(vote.electorateSize(), present, rules.quorum().smallestAttendance(vote.electorateSize()));
    }

    /** Opens the ballot if more than the quorum share of all members is present. */
    @Transactional
    public void open(long id) {
        Vote vote = lock(id);
        vote.requireStatus(VoteStatus.PREPARING, "开始投票");
        Attendance attendance = attendance(vote, electors.countPresent(id));
        if (!rules.quorum().isMet(attendance.electorateSize(), attendance.present())) {
            throw new ConflictException("出席 " + attendance.present() + " 人，未超过全体组成人员 "
                    + attendance.electorateSize() + " 人的 " + rules.quorum().share() + "，不足法定人数，不能开始投票；至少需要 "
                    + attendance.quorumNeeded() + " 人出席");
        }
        votes.open(id, attendance.present(), now());
        workflow.opened(id);
        audit.record("vote.open", "vote", id, AuditTrail.SUCCESS, Map.of("present", attendance.present(),
                "electorate", attendance.electorateSize()));
    }

    // ---- ballots --------------------------------------------------------------------------------

    /*
     * A ballot runs outside any transaction of its caller (SUPPORTS: the controllers have none), so
     * that the voted flag commits on its own before the choice is held; a test that wraps a ballot in
     * its own transaction gets flag and choice committed or rolled back together.
     */

    /**
     * Takes one member's secret ballot: commits that they voted, then holds their choice until it is
     * counted with others. A choice lost after its flag committed (a restart) is never counted, and the
     * result says how many were lost; a member is never counted twice.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void castBallot(long id, CurrentUser member, Choice choice) {
        requireUnloggedBallots();
        held.exclusively(id, () -> {
            transaction.executeWithoutResult(status -> {
                Vote vote = lock(id);
                vote.requireStatus(VoteStatus.OPEN, "投票");
                Elector elector = electors.find(id, member.id())
                        .orElseThrow(() -> new AccessDeniedException("not in the electorate of this vote"));
                requireMayVote(elector);
                if (electors.markVoted(id, member.id()) != 1) {
                    throw alreadyVoted(elector);
                }
            });
            hold(id, Tally.of(choice));
            return null;
        });
    }

    /**
     * Records a paper ballot box: the members who handed one in and the box's counts, with blank or
     * spoilt papers as invalid. The counts must add up to the members, and a box needs enough members
     * that its counts never tell one member's choice. Its counts are held like online ballots.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordPaperBallots(long id, Collection<Long> memberIds, Tally counts) {
        requireUnloggedBallots();
        Set<Long> members = new LinkedHashSet<>(memberIds);
        if (members.size() < minPaperBatch) {
            throw new BadRequestException("memberIds", "一次录入的纸质选票至少须有 " + minPaperBatch + " 人交票，"
                    + "以免票数显示个人的选择；请与其他纸质选票一并录入");
        }
        if (counts.cast() != members.size()) {
            throw new BadRequestException("memberIds", "投票人数 " + members.size() + " 与各类票数合计 " + counts.cast()
                    + " 不符");
        }
        held.exclusively(id, () -> {
            transaction.executeWithoutResult(status -> {
                Vote vote = lock(id);
                vote.requireStatus(VoteStatus.OPEN, "录入纸质选票");
                requireElectors(id, members, "memberIds");
                for (long memberId : members) {
                    Elector elector = electors.find(id, memberId).orElseThrow();
                    requireMayVote(elector);
                    if (electors.markVoted(id, memberId) != 1) {
                        throw alreadyVoted(elector);
                    }
                }
                // a box's totals and how many handed it in; which member voted how is in no row
                audit.record("vote.paper-count", "vote", id, AuditTrail.SUCCESS, Map.of("members", members.size(),
                        "satisfied", counts.satisfied(), "basicallySatisfied", counts.basicallySatisfied(),
                        "unsatisfied", counts.unsatisfied(), "invalid", counts.invalid()));
            });
            hold(id, counts);
            return null;
        });
    }

    /**
     * Holds ballots whose flags have committed and counts the batch that falls due, in one statement that
     * adds to the four counters, so that the write carries sums and no ballot's place in an order. A batch
     * whose write fails is lost rather than risk counting it twice; the close reports it.
     */
    private void hold(long id, Tally ballots) {
        held.hold(id, ballots).ifPresent(batch -> {
            try {
                transaction.executeWithoutResult(status -> tallies.add(id, batch));
            } catch (RuntimeException e) {
                log.warn("Vote {}: a batch of {} ballots could not be counted and is lost ({})", id, batch.cast(),
                        e.getClass().getSimpleName());
            }
        });
    }

    /** The fewest members a paper ballot box may be entered for. */
    public int minPaperBatch() {
        return minPaperBatch;
    }

    /** Refuses ballots, rather than record them beside who cast them, while their SQL is being logged. */
    private static void requireUnloggedBallots() {
        if (BallotStatements.areLogged()) {
            throw new ConflictException("系统正在以调试级别记录投票语句，为保护无记名投票，暂不能投票；请管理员关闭该日志后重试");
        }
    }

    private static void requireMayVote(Elector elector) {
        if (!elector.present()) {
            throw new ConflictException(elector.displayName() + " 未登记出席本次会议，不能投票");
        }
        if (elector.voted()) {
            throw alreadyVoted(elector);
        }
    }

    private static ConflictException alreadyVoted(Elector elector) {
        return new ConflictException(elector.displayName() + " 已经投过票，每人每项只能投一票");
    }

    // ---- closing and results ---------------------------------------------------------------------

    /**
     * Ends the ballot, counts the choices still held, applies the tally rule and starts what the outcome
     * obliges. The result compares the members who voted with the ballots counted.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public VoteResult close(long id) {
        return held.exclusively(id, () -> transaction.execute(status -> closeAndCount(id)));
    }

    private VoteResult closeAndCount(long id) {
        Vote vote = lock(id);
        vote.requireStatus(VoteStatus.OPEN, "结束投票");
        Tally remainder = held.release(id);
        if (remainder.cast() > 0) {
            tallies.add(id, remainder);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        held.restore(id, remainder);
                    }
                }
            });
        }
        Tally tally = tallies.find(id).orElseThrow();
        int voted = electors.countVoted(id);
        if (voted != tally.cast()) {
            log.warn("Vote {}: {} members voted but {} ballots were counted; held ballots were lost", id, voted,
                    tally.cast());
        }
        Decision decision = rules.tallyRule().decide(vote.electorateSize(), vote.presentCount(), tally);
        Consequence consequence = Consequence.of(decision.outcome(), repeatsAnUnsatisfiedVote(vote));
        Instant now = now();
        votes.close(id, decision.outcome(), decision.rule(), now);
        Instant overdueFrom = null;
        if (consequence == Consequence.RECTIFICATION_REPORT || consequence == Consequence.RECTIFY_AND_VOTE_AGAIN) {
            LocalDate due = rules.rectificationDue(LocalDate.ofInstant(now, zone));
            rectifications.insert(new Rectification(id, vote.departmentId(), due, RectificationStatus.DUE, false,
                    consequence == Consequence.RECTIFY_AND_VOTE_AGAIN, null));
            overdueFrom = due.plusDays(1).atStartOfDay(zone).toInstant();
        }
        workflow.closed(id, decision.outcome(), consequence == Consequence.FORMAL_INQUIRY, overdueFrom);
        audit.record("vote.close", "vote", id, AuditTrail.SUCCESS, Map.of("outcome", decision.outcome().name(),
                "voted", voted, "counted", tally.cast()));
        auditBallots(id, now);
        return result(vote(id));
    }

    /**
     * One line per member who voted, online or on paper: "voted in vote N", as the member, at the
     * close's time and in member-id order, so that no line tells when a member voted, in what order,
     * or how; the choices are only in the counters.
     */
    private void auditBallots(long id, Instant closedAt) {
        for (String login : electors.votedLoginsByMemberId(id)) {
            audit.recordAt(closedAt, "vote.ballot", login, "vote", id, AuditTrail.SUCCESS, Map.of("vote", id));
        }
    }

    public VoteResult result(long id, CurrentUser user) {
        Vote vote = visibleVote(id, user);
        vote.requireStatus(VoteStatus.CLOSED, "查看结果");
        return result(vote);
    }

    private VoteResult result(Vote vote) {
        Tally tally = tallies.find(vote.id()).orElseThrow();
        Decision decision = vote.rule().orElseThrow().decide(vote.electorateSize(), vote.presentCount(), tally);
        return new VoteResult(vote, tally, electors.countVoted(vote.id()), decision, Consequence.of(decision.outcome(), repeatsAnUnsatisfiedVote(vote)));
    }

    private boolean repeatsAnUnsatisfiedVote(Vote vote) {
        return vote.isFollowUp() && votes.findById(vote.previousVoteId())
                .map(previous -> previous.outcome() == Outcome.UNSATISFIED).orElse(false);
    }

    // ---- reading ----------------------------------------------------------------------------------

    public Page<Vote> votes(VoteStatus status, Long departmentId, CurrentUser user, PageRequest request) {
        Long department = seesEveryVote(user) ? departmentId : user.departmentId();
        if (department == null && !seesEveryVote(user)) {
            return Page.of(List.of(), request, 0);
        }
        VoteFilter filter = new VoteFilter(status, department);
        long total = votes.count(filter);
        List<Vote> items = total == 0 ? List.of() : votes.search(filter, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public VoteDetails details(long id, CurrentUser user) {
        Vote vote = visibleVote(id, user);
        Elector you = electors.find(id, user.id()).orElse(null);
        Long followUp = votes.findFollowUpOf(id).map(Vote::id).orElse(null);
        return new VoteDetails(vote, electors.countVoted(id), you, followUp);
    }

    public Page<Elector> electors(long id, PageRequest request) {
        vote(id);
        long total = electors.count(id);
        List<Elector> items = total == 0 ? List.of() : electors.search(id, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /** Closed votes with their counts, for the public pages. */
    public Page<PublishedResult> published(PageRequest request) {
        long total = votes.countPublished();
        List<PublishedResult> items = total == 0 ? List.of() : votes.searchPublished(request.offset(), request.size());
        return Page.of(items, request, total);
    }

    // ---- rectification ----------------------------------------------------------------------------

    public Rectification rectification(long id, CurrentUser user) {
        visibleVote(id, user);
        return rectifications.find(id).orElseThrow(() -> new NotFoundException("测评 " + id + " 的结果不要求整改"));
    }

    public Page<RectificationReport> reports(long id, CurrentUser user, PageRequest request) {
        rectification(id, user);
        long total = rectifications.countReports(id);
        List<RectificationReport> items = total == 0 ? List.of()
                : rectifications.searchReports(id, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /** The department leader hands in the rectification report the outcome demands. */
    @Transactional
    public RectificationReport submitReport(long id, CurrentUser leader, String title, String summary) {
        Vote vote = visibleVote(id, leader);
        if (!leader.hasRole(Role.DEPT_LEADER) || !Objects.equals(leader.departmentId(), vote.departmentId())) {
            throw new AccessDeniedException("only the department's leader submits its rectification report");
        }
        Rectification rectification = rectifications.find(id)
                .orElseThrow(() -> new ConflictException("测评 " + id + " 的结果不要求整改，无需提交整改报告"));
        rectification.requireStatus(RectificationStatus.DUE, "提交整改报告");
        if (rectifications.changeStatus(id, RectificationStatus.DUE, RectificationStatus.SUBMITTED, null) != 1) {
            throw new ConflictException("整改报告刚被提交，请刷新后查看");
        }
        GeneratedKey key = new GeneratedKey();
        Instant submittedAt = now();
        rectifications.insertReport(id, title, summary, leader.id(), submittedAt, key);
        workflow.reportSubmitted(id);
        audit.record("vote.report-submit", "vote", id, AuditTrail.SUCCESS, Map.of("report", key.value(),
                "summaryLength", summary == null ? 0 : summary.length()));
        return new RectificationReport(key.value(), id, title, summary, leader.id(), submittedAt, null, null, null, null);
    }

    /**
     * Staff accept the report or return it with a reason. Accepting the report of an unsatisfied
     * department names the next meeting, where it faces a new vote.
     */
    @Transactional
    public void reviewReport(long id, CurrentUser staff, boolean accepted, String comment, LocalDate nextMeetingDate) {
        Vote vote = vote(id);
        Rectification rectification = rectifications.find(id)
                .orElseThrow(() -> new ConflictException("测评 " + id + " 的结果不要求整改，没有待审核的整改报告"));
        rectification.requireStatus(RectificationStatus.SUBMITTED, "审核整改报告");
        if (!accepted && (comment == null || comment.isBlank())) {
            throw new BadRequestException("comment", "退回整改报告时请写明理由");
        }
        LocalDate nextMeeting = null;
        if (accepted && rectification.followUpRequired()) {
            if (nextMeetingDate == null) {
                throw new BadRequestException("nextMeetingDate", "测评结果为不满意，通过整改报告时请填写再次测评的会议日期");
            }
            if (!nextMeetingDate.isAfter(vote.meetingDate())) {
                throw new BadRequestException("nextMeetingDate", "再次测评的会议日期须晚于本次会议（" + vote.meetingDate() + "）");
            }
            nextMeeting = nextMeetingDate;
        } else if (nextMeetingDate != null) {
            throw new BadRequestException("nextMeetingDate", accepted ? "该测评结果不需要再次测评，请不要填写会议日期"
                    : "退回整改报告时不安排再次测评");
        }
        RectificationReport report = rectifications.findUndecidedReport(id)
                .orElseThrow(() -> new ConflictException("测评 " + id + " 没有待审核的整改报告"));
        rectifications.decideReport(report.id(), accepted ? ReportDecision.ACCEPTED : ReportDecision.RETURNED,
                comment, staff.id(), now());
        if (rectifications.changeStatus(id, RectificationStatus.SUBMITTED,
                accepted ? RectificationStatus.ACCEPTED : RectificationStatus.DUE, nextMeeting) != 1) {
            throw new ConflictException("整改报告刚被他人审核，请刷新后查看");
        }
        workflow.reportReviewed(id, accepted);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("report", report.id());
        details.put("accepted", accepted);
        if (nextMeeting != null) {
            details.put("nextMeetingDate", nextMeeting.toString());
        }
        audit.record("vote.report-review", "vote", id, AuditTrail.SUCCESS, details);
    }

    // ---- steps the process takes by itself -----------------------------------------------------

    /** Sets up the repeat vote at the meeting staff named, on the rectification report they accepted. */
    @Transactional
    public long createFollowUp(long previousId) {
        var existing = votes.findFollowUpOf(previousId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Vote previous = vote(previousId);
        Rectification rectification = rectifications.find(previousId).orElseThrow();
        RectificationReport report = rectifications.findAcceptedReport(previousId).orElseThrow();
        NewVote followUp = NewVote.followUpOf(previous, rectification.nextMeetingDate(), report.title());
        long id = insertAndStart(followUp, report.decidedBy(), directory.department(previous.departmentId()).code());
        audit.record("vote.follow-up", "vote", id, AuditTrail.SUCCESS, Map.of("previousVote", previousId,
                "meetingDate", String.valueOf(followUp.meetingDate())));
        return id;
    }

    /** The department was voted unsatisfied twice in a row; raising the flag twice changes nothing. */
    @Transactional
    public void flagForInquiry(long voteId) {
        if (inquiries.findByVote(voteId).isPresent()) {
            return;
        }
        Vote vote = vote(voteId);
        inquiries.insert(vote.departmentId(), vote.id(), vote.previousVoteId(), now());
        audit.record("vote.inquiry-flag", "vote", voteId, AuditTrail.SUCCESS,
                Map.of("department", vote.departmentId()));
    }

    @Transactional
    public void markRectificationOverdue(long voteId) {
        if (rectifications.markOverdue(voteId) > 0) {
            audit.record("vote.rectification-overdue", "vote", voteId, AuditTrail.SUCCESS, null);
        }
    }

    /** Departments flagged for a formal inquiry, newest first. */
    public Page<InquiryFlag> inquiries(Long departmentId, PageRequest request) {
        long total = inquiries.count(departmentId);
        List<InquiryFlag> items = total == 0 ? List.of() : inquiries.search(departmentId, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Vote vote(long id) {
        return votes.findById(id).orElseThrow(() -> NotFoundException.of("测评", id));
    }

    private Vote lock(long id) {
        return votes.lockById(id).orElseThrow(() -> NotFoundException.of("测评", id));
    }

    /** Committee staff, council, members and admins see every vote; a department sees its own. */
    private static boolean seesEveryVote(CurrentUser user) {
        return user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.MEMBER, Role.ADMIN);
    }

    private Vote visibleVote(long id, CurrentUser user) {
        return votes.findById(id)
                .filter(vote -> seesEveryVote(user) || Objects.equals(user.departmentId(), vote.departmentId()))
                .orElseThrow(() -> NotFoundException.of("测评", id));
    }

    private Department departmentFor(long departmentId) {
        try {
            return directory.department(departmentId);
        } catch (NotFoundException e) {
            throw new BadRequestException("departmentId", "承办单位 " + departmentId + " 不存在");
        }
    }

    private void requireElectors(long id, Set<Long> memberIds, String field) {
        if (memberIds.isEmpty()) {
            return;
        }
        Set<Long> outside = new LinkedHashSet<>(memberIds);
        electors.findMemberIds(id, memberIds).forEach(outside::remove);
        if (!outside.isEmpty()) {
            throw new BadRequestException(field, "以下人员不是本次测评的常委会组成人员：" + outside);
        }
    }

    private Instant now() {
        // DATETIME columns keep whole seconds on MySQL: the same value must come back on H2
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
