package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureAction;
import org.deputyflow.disclosure.domain.DisclosurePolicy;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.KeyFacts;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.disclosure.domain.QuarterVersions;
import org.deputyflow.disclosure.domain.Redaction;
import org.deputyflow.disclosure.domain.Words;
import org.deputyflow.disclosure.persistence.DisclosureMapper;
import org.deputyflow.disclosure.process.DisclosureWorkflow;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly disclosure: built once as a frozen snapshot, reviewed (commentary only), approved,
 * published. Nothing published is ever recomputed; a correction is a new version of the quarter.
 */
@Service
public class Disclosures {

    /**
     * The language a snapshot is frozen in: its title and the words of its lines are stored as they are
     * published, and the quarterly disclosure is published in Chinese.
     */
    static final Locale PUBLISHED_IN = Locale.SIMPLIFIED_CHINESE;

    private final Meetings meetings;
    private final DisclosureMapper mapper;
    private final DisclosureWorkflow workflow;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;
    private final Redaction redaction;
    private final Words published;

    Disclosures(
            DisclosureMapper mapper,
            DisclosureWorkflow workflow,
            CalendarService calendar,
            Clock clock,
            AuditTrail audit,
            RedactionSettings redaction,
            MessageSource messages,
            Meetings meetings) {
        this.meetings = meetings;
        this.redaction = redaction.redaction();
        this.published = (code, arguments) -> messages.getMessage(code, arguments, PUBLISHED_IN);
        this.mapper = mapper;
        this.workflow = workflow;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** Staff start a disclosure of a quarter that is over. @return the new disclosure's id */
    @Transactional
    public long start(Quarter quarter) {
        if (!quarter.endedBy(calendar.today())) {
            throw new BadRequestException("quarter", "error.disclosure.quarterNotOver");
        }
        requireNoneInProgress(quarter);
        long id = workflow.start(quarter, null);
        audit.record(
                "disclosure.start",
                "disclosure",
                id,
                AuditTrail.SUCCESS,
                Map.of("year", quarter.year(), "quarter", quarter.quarter()));
        return id;
    }

    /** A correction of a published version: a new snapshot that names the version it replaces. */
    @Transactional
    public long correct(long publishedId, CurrentUser by) {
        Disclosure published = lock(publishedId);
        permissions(published, by).require(DisclosureAction.CORRECT);
        long id = workflow.start(published.period(), publishedId);
        audit.record("disclosure.correct", "disclosure", id, AuditTrail.SUCCESS, Map.of("replaces", publishedId));
        return id;
    }

    /** What the reader may do with the disclosure now. */
    @Transactional(readOnly = true)
    public Permissions<DisclosureAction> permissions(long id, CurrentUser reader) {
        Disclosure disclosure = mapper.findById(id).orElseThrow(() -> NotFoundException.of("disclosure", id));
        return permissions(disclosure, reader);
    }

    private Permissions<DisclosureAction> permissions(Disclosure disclosure, CurrentUser reader) {
        QuarterVersions versions = new QuarterVersions(
                mapper.lastVersion(disclosure.year(), disclosure.quarter()),
                mapper.countInProgress(disclosure.year(), disclosure.quarter()));
        return DisclosurePolicy.of(disclosure, versions, reader.roles());
    }

    private Disclosure lock(long id) {
        return mapper.lockById(id).orElseThrow(() -> NotFoundException.of("disclosure", id));
    }

    private void requireNoneInProgress(Quarter quarter) {
        if (mapper.countInProgress(quarter.year(), quarter.quarter()) > 0) {
            throw new ConflictException(
                    "error.disclosure.inProgress", String.valueOf(quarter.year()), quarter.quarter());
        }
    }

    /** Called by the process: copies the quarter's figures into the disclosure's own rows. */
    @Transactional
    public long build(Quarter quarter, Long replacesId) {
        Instant from = calendar.startOfDay(quarter.firstDay());
        LocalDate endDate = quarter.endExclusive();
        Instant to = calendar.startOfDay(endDate);
        GeneratedKey key = new GeneratedKey();
        int version = mapper.lastVersion(quarter.year(), quarter.quarter()) + 1;
        mapper.insert(
                quarter.year(),
                quarter.quarter(),
                version,
                replacesId,
                inPublishedLanguage(quarter.title()),
                clock.instant(),
                key);
        long id = key.value();

        Map<Long, String> leads = mapper.leadDepartments(to).stream()
                .collect(Collectors.groupingBy(
                        DisclosureMapper.LeadDepartment::suggestionId,
                        Collectors.mapping(
                                DisclosureMapper.LeadDepartment::name,
                                Collectors.joining(published.get("text.disclosure.listSeparator")))));
        List<KeyLine> keyLines = new ArrayList<>();
        for (KeyFacts facts : mapper.keyFacts(to)) {
            keyLines.add(facts.toLine(
                    keyLines.size() + 1,
                    leads.get(facts.suggestionId()),
                    endDate,
                    calendar.zone(),
                    redaction,
                    published));
        }
        if (!keyLines.isEmpty()) {
            mapper.insertKeyLines(id, keyLines);
        }
        List<DepartmentLine> departmentLines = new ArrayList<>();
        for (DepartmentFigures figures : mapper.departmentFigures(from, to, endDate)) {
            departmentLines.add(DepartmentLine.freeze(departmentLines.size() + 1, figures));
        }
        if (!departmentLines.isEmpty()) {
            mapper.insertDepartmentLines(id, departmentLines);
        }
        audit.record(
                "disclosure.build",
                "disclosure",
                id,
                AuditTrail.SUCCESS,
                Map.of("version", version, "keyLines", keyLines.size(), "departmentLines", departmentLines.size()));
        return id;
    }

    /** Staff add commentary (the numbers are not theirs to change) and pass it to the council. */
    @Transactional
    public Snapshot review(long id, String commentary, CurrentUser by) {
        // the row stays locked until the step is done, so the policy's answer holds for the update
        permissions(lock(id), by).require(DisclosureAction.REVIEW);
        // the commentary is published as written, so personal data never reaches it
        mapper.review(id, redaction.redact(commentary), by.login(), clock.instant());
        workflow.reviewed(id);
        audit.record(
                "disclosure.review",
                "disclosure",
                id,
                AuditTrail.SUCCESS,
                Map.of("commentaryLength", commentary == null ? 0 : commentary.length()));
        return snapshot(id);
    }

    /**
     * The council approves (it is published at once) or sends it back to review with a reason, at a meeting of
     * the chairpersons' council already held.
     */
    @Transactional
    public Snapshot decide(long id, boolean approve, String comment, Long meetingId, CurrentUser by) {
        permissions(lock(id), by).require(approve ? DisclosureAction.APPROVE : DisclosureAction.SEND_BACK);
        if (meetingId == null) {
            throw new BadRequestException("meetingId", "error.disclosure.meetingRequired");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BadRequestException("comment", "error.disclosure.sendBack.reasonRequired");
        }
        Meeting meeting = meetings.require(meetingId, "meetingId", MeetingKind.CHAIRPERSONS_COUNCIL);
        if (approve) {
            mapper.approve(id, by.login(), clock.instant(), meeting.id());
        } else {
            mapper.sendBack(id, comment.strip(), meeting.id());
        }
        workflow.decided(id, approve);
        audit.record(
                approve ? "disclosure.approve" : "disclosure.send-back",
                "disclosure",
                id,
                AuditTrail.SUCCESS,
                Map.of("meeting", meeting.id()));
        return snapshot(id);
    }

    private String inPublishedLanguage(Text text) {
        return published.get(text.code(), text.arguments());
    }

    /** Called by the process after approval. */
    @Transactional
    public void publish(long id) {
        if (mapper.publish(id, clock.instant()) != 1) {
            throw new IllegalStateException("disclosure " + id + " was not approved and awaiting publication");
        }
        audit.record("disclosure.publish", "disclosure", id, AuditTrail.SUCCESS, null);
    }

    @Transactional(readOnly = true)
    public Snapshot snapshot(long id) {
        Disclosure disclosure = mapper.findById(id).orElseThrow(() -> NotFoundException.of("disclosure", id));
        return new Snapshot(disclosure, mapper.keyLines(id), mapper.departmentLines(id), List.of());
    }

    @Transactional(readOnly = true)
    public Page<Disclosure> list(DisclosureState state, PageRequest request) {
        return Page.of(mapper.search(state, request.offset(), request.size()), request, mapper.count(state));
    }

    /** The latest published version of a quarter with the earlier ones it replaces, for the public. */
    @Transactional(readOnly = true)
    public Optional<Snapshot> published(Quarter quarter) {
        List<Disclosure> versions = mapper.publishedVersions(quarter.year(), quarter.quarter());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Disclosure latest = versions.get(0);
        return Optional.of(new Snapshot(
                latest,
                mapper.keyLines(latest.id()),
                mapper.departmentLines(latest.id()),
                versions.subList(1, versions.size())));
    }

    /** A disclosure with its frozen lines and, for a published one, the earlier versions it replaces. */
    public record Snapshot(
            Disclosure disclosure,
            List<KeyLine> keyLines,
            List<DepartmentLine> departmentLines,
            List<Disclosure> earlierVersions) {}
}
