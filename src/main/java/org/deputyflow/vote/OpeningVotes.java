package org.deputyflow.vote;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Attendance;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VoteRules;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.TallyMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.deputyflow.vote.process.VoteWorkflow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff set up a vote (its electorate is every committee member in office at that moment), record who
 * is present and open the ballot once the quorum is met; the process sets up the repeat vote that an
 * accepted rectification report names. Each change writes the vote's tables, moves its process
 * instance and writes its audit line in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class OpeningVotes {

    private final VoteMapper votes;
    private final ElectorMapper electors;
    private final TallyMapper tallies;
    private final RectificationMapper rectifications;
    private final DirectoryService directory;
    private final VoteWorkflow workflow;
    private final VoteRules rules;
    private final VoteAccess access;
    private final Clock clock;
    private final AuditTrail audit;
    private final MessageSource messages;

    OpeningVotes(
            VoteMapper votes,
            ElectorMapper electors,
            TallyMapper tallies,
            RectificationMapper rectifications,
            DirectoryService directory,
            VoteWorkflow workflow,
            VoteProperties properties,
            VoteAccess access,
            Clock clock,
            AuditTrail audit,
            MessageSource messages) {
        this.messages = messages;
        this.votes = votes;
        this.electors = electors;
        this.tallies = tallies;
        this.rectifications = rectifications;
        this.directory = directory;
        this.workflow = workflow;
        this.rules = properties.rules();
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** Sets up a vote whose electorate is every active committee member at this moment. */
    @Transactional
    public long create(NewVote vote, CurrentUser staff) {
        Department department = departmentFor(vote.departmentId());
        if (!department.active()) {
            throw new BadRequestException("departmentId", "error.vote.department.inactive", department.name());
        }
        long id = insertAndStart(vote, staff.id(), department.code());
        audit.record(
                "vote.create",
                "vote",
                id,
                AuditTrail.SUCCESS,
                Map.of(
                        "department",
                        vote.departmentId(),
                        "meetingDate",
                        String.valueOf(vote.meetingDate()),
                        "round",
                        vote.round()));
        return id;
    }

    /** Sets up the repeat vote at the meeting staff named, on the rectification report they accepted. */
    @Transactional
    public long createFollowUp(long previousId) {
        var existing = votes.findFollowUpOf(previousId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Vote previous = access.vote(previousId);
        Rectification rectification = rectifications.find(previousId).orElseThrow();
        RectificationReport report =
                rectifications.findAcceptedReport(previousId).orElseThrow();
        NewVote followUp = NewVote.followUpOf(
                previous,
                messages.getMessage("text.vote.followUpSuffix", null, OfficeWords.OFFICE_LANGUAGE),
                rectification.nextMeetingDate(),
                report.title());
        long id = insertAndStart(
                followUp,
                report.decidedBy(),
                directory.department(previous.departmentId()).code());
        audit.record(
                "vote.follow-up",
                "vote",
                id,
                AuditTrail.SUCCESS,
                Map.of("previousVote", previousId, "meetingDate", String.valueOf(followUp.meetingDate())));
        return id;
    }

    private long insertAndStart(NewVote vote, long createdBy, String departmentCode) {
        GeneratedKey key = new GeneratedKey();
        votes.insert(vote, createdBy, VoteAccess.now(clock), key);
        long id = key.value();
        int electorate = electors.snapshotActiveMembers(id, Role.MEMBER.name());
        if (electorate == 0) {
            throw new ConflictException("error.vote.noMembers");
        }
        votes.setElectorateSize(id, electorate);
        tallies.create(id);
        workflow.started(id, departmentCode);
        return id;
    }

    /** Replaces the list of members present; allowed until the vote opens. */
    @Transactional
    public Attendance recordAttendance(long id, CurrentUser staff, Collection<Long> presentMemberIds) {
        Vote vote = access.lock(id);
        access.permissions(vote, staff).require(VoteAction.RECORD_ATTENDANCE);
        Set<Long> present = new LinkedHashSet<>(presentMemberIds);
        access.requireElectors(id, present, "presentMemberIds");
        electors.clearAttendance(id);
        if (!present.isEmpty()) {
            electors.markPresent(id, present);
        }
        audit.record("vote.attendance", "vote", id, AuditTrail.SUCCESS, Map.of("present", present.size()));
        return access.attendance(vote, present.size());
    }

    /** Opens the ballot if more than the quorum share of all members is present. */
    @Transactional
    public void open(long id, CurrentUser staff) {
        Vote vote = access.lock(id);
        access.permissions(vote, staff).require(VoteAction.OPEN);
        Attendance attendance = access.attendance(vote, electors.countPresent(id));
        votes.open(id, attendance.present(), VoteAccess.now(clock));
        workflow.opened(id);
        audit.record(
                "vote.open",
                "vote",
                id,
                AuditTrail.SUCCESS,
                Map.of("present", attendance.present(), "electorate", attendance.electorateSize()));
    }

    private Department departmentFor(long departmentId) {
        try {
            return directory.department(departmentId);
        } catch (NotFoundException e) {
            throw new BadRequestException(
                    "departmentId", "error.vote.department.unknown", String.valueOf(departmentId));
        }
    }
}
