package org.deputyflow.vote;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.persistence.InquiryMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.process.VoteWorkflow;
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
    private final Meetings meetings;

    RectifyingDepartments(
            RectificationMapper rectifications,
            InquiryMapper inquiries,
            VoteWorkflow workflow,
            VoteAccess access,
            Clock clock,
            AuditTrail audit,
            Meetings meetings) {
        this.meetings = meetings;
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
        access.permissions(vote, leader).require(VoteAction.SUBMIT_REPORT);
        if (rectifications.changeStatus(id, RectificationStatus.DUE, RectificationStatus.SUBMITTED, null, null) != 1) {
            throw new ConflictException("error.vote.rectification.justSubmitted");
        }
        GeneratedKey key = new GeneratedKey();
        Instant submittedAt = VoteAccess.now(clock);
        rectifications.insertReport(id, title, summary, leader.id(), submittedAt, key);
        workflow.reportSubmitted(id);
        audit.record(
                "vote.report-submit",
                "vote",
                id,
                AuditTrail.SUCCESS,
                Map.of("report", key.value(), "summaryLength", summary == null ? 0 : summary.length()));
        return new RectificationReport(
                key.value(), id, title, summary, leader.id(), submittedAt, null, null, null, null);
    }

    /**
     * Staff accept the report or return it with a reason. Accepting the report of an unsatisfied
     * department names the standing committee meeting, after this vote's, where it faces a new vote.
     */
    @Transactional
    public void reviewReport(long id, CurrentUser staff, boolean accepted, String comment, Long nextMeetingId) {
        Vote vote = access.vote(id);
        access.permissions(vote, staff).require(VoteAction.REVIEW_REPORT);
        Rectification rectification = rectifications.find(id).orElseThrow();
        if (!accepted && (comment == null || comment.isBlank())) {
            throw new BadRequestException("comment", "error.vote.review.reasonRequired");
        }
        Meeting nextMeeting = null;
        if (accepted && rectification.followUpRequired()) {
            if (nextMeetingId == null) {
                throw new BadRequestException("nextMeetingId", "error.vote.review.nextMeetingRequired");
            }
            nextMeeting = meetings.requireAfter(
                    nextMeetingId, "nextMeetingId", vote.meetingDate(), MeetingKind.STANDING_COMMITTEE);
        } else if (nextMeetingId != null) {
            throw new BadRequestException(
                    "nextMeetingId",
                    accepted ? "error.vote.review.noFollowUp" : "error.vote.review.noFollowUpWhenReturned");
        }
        RectificationReport report = rectifications
                .findUndecidedReport(id)
                .orElseThrow(
                        () -> new ConflictException("error.vote.rectification.noReportToReview", String.valueOf(id)));
        rectifications.decideReport(
                report.id(),
                accepted ? ReportDecision.ACCEPTED : ReportDecision.RETURNED,
                comment,
                staff.id(),
                VoteAccess.now(clock));
        if (rectifications.changeStatus(
                        id,
                        RectificationStatus.SUBMITTED,
                        accepted ? RectificationStatus.ACCEPTED : RectificationStatus.DUE,
                        nextMeeting == null ? null : nextMeeting.id(),
                        nextMeeting == null ? null : nextMeeting.heldOn())
                != 1) {
            throw new ConflictException("error.vote.rectification.justReviewed");
        }
        workflow.reportReviewed(id, accepted);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("report", report.id());
        details.put("accepted", accepted);
        if (nextMeeting != null) {
            details.put("nextMeeting", nextMeeting.id());
            details.put("nextMeetingDate", nextMeeting.heldOn().toString());
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
        audit.record(
                "vote.inquiry-flag", "vote", voteId, AuditTrail.SUCCESS, Map.of("department", vote.departmentId()));
    }
}
