package org.deputyflow.vote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.persistence.InquiryMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.process.VoteWorkflow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a poor result obliges a department to do: the department leader hands in the rectification
 * report, staff accept or return it, the process marks a report overdue and flags a department voted
 * unsatisfied twice in a row for formal inquiry. Each change moves the vote's process instance and
 * writes its audit line in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class RectifyingDepartments {

    private final RectificationMapper rectifications;
    private final InquiryMapper inquiries;
    private final VoteWorkflow workflow;
    private final VoteAccess access;
    private final Clock clock;
    private final AuditTrail audit;

    RectifyingDepartments(RectificationMapper rectifications, InquiryMapper inquiries, VoteWorkflow workflow,
            VoteAccess access, Clock clock, AuditTrail audit) {
        this.rectifications = rectifications;
        this.inquiries = inquiries;
        this.workflow = workflow;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** The department leader hands in the rectification report the outcome demands. */
    @Transactional
    public RectificationReport submitReport(long id, CurrentUser leader, String title, String summary) {
        Vote vote = access.visible(id, leader);
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
        Instant submittedAt = VoteAccess.now(clock);
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
        Vote vote = access.vote(id);
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
                comment, staff.id(), VoteAccess.now(clock));
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

    /** The rectification report's due date passed (a step the process takes by itself). */
    @Transactional
    public void markRectificationOverdue(long voteId) {
        if (rectifications.markOverdue(voteId) > 0) {
            audit.record("vote.rectification-overdue", "vote", voteId, AuditTrail.SUCCESS, null);
        }
    }

    /** The department was voted unsatisfied twice in a row; raising the flag twice changes nothing. */
    @Transactional
    public void flagForInquiry(long voteId) {
        if (inquiries.findByVote(voteId).isPresent()) {
            return;
        }
        Vote vote = access.vote(voteId);
        inquiries.insert(vote.departmentId(), vote.id(), vote.previousVoteId(), VoteAccess.now(clock));
        audit.record("vote.inquiry-flag", "vote", voteId, AuditTrail.SUCCESS,
                Map.of("department", vote.departmentId()));
    }
}
