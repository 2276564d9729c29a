package org.deputyflow.motion;

import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionPolicy;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionSummary;
import org.deputyflow.motion.domain.MotionTask;
import org.deputyflow.motion.domain.MotionTimelineEntry;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.persistence.MotionSearch;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MotionQueries {

    private final MotionMapper motions;
    private final MotionAccess access;
    private final MotionRules rules;
    private final MessageSource messages;
    private final MotionTimeline lines;

    MotionQueries(
            MotionMapper motions,
            MotionAccess access,
            MotionRules rules,
            MessageSource messages,
            MotionTimeline lines) {
        this.lines = lines;
        this.motions = motions;
        this.access = access;
        this.rules = rules;
        this.messages = messages;
    }

    public Page<MotionSummary> list(CurrentUser user, MotionStatus status, String q, PageRequest page) {
        MotionSearch search = access.scope(user, status, q);
        long total = motions.count(search);
        List<MotionSummary> items = total == 0 ? List.of() : motions.search(search, page.offset(), page.size());
        return Page.of(items, page, total);
    }

    public MotionDossier dossier(CurrentUser user, long id) {
        Motion motion = access.visible(user, id);
        List<MotionSigner> signers = motions.findSigners(id);
        long accepted = signers.stream()
                .filter(s -> s.answer() == SignerAnswer.ACCEPTED)
                .count();
        boolean overseer = user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.ADMIN);
        List<MotionTimelineEntry> timeline = motions.findTimeline(id).stream()
                .filter(e -> overseer || e.action().readByDeputies())
                .map(lines::reading)
                .toList();
        return new MotionDossier(
                motion,
                label(motion.status()),
                signers,
                accepted,
                rules.minSigners(),
                timeline,
                motions.findDeliberation(id),
                MotionPolicy.permissions(motion, signers, MotionAccess.reader(user))
                        .allowedNames());
    }

    /**
     * What people read for the status, in the caller's language ({@code label.motion.status.LAPSED}): a
     * lapsed motion in particular must not look merely slow.
     */
    String label(MotionStatus status) {
        return messages.getMessage("label.motion.status." + status.name(), null, LocaleContextHolder.getLocale());
    }

    /**
     * What waits for the caller on motions: staff check forms and record committee reports, meeting
     * outcomes and implementation reports, the council decides (first and after a committee report),
     * a deputy answers co-signature invitations. The engine's STAFF and COUNCIL
     * tasks stand at exactly the statuses in which the policy opens them, so the statuses are read instead of
     * the engine, and the database pages the list.
     */
    public Page<MotionTask> tasks(CurrentUser user, PageRequest page) {
        List<MotionStatus> statuses = MotionPolicy.taskStatuses(MotionAccess.reader(user));
        Long deputyId = user.hasRole(Role.DEPUTY) ? user.deputyId() : null;
        if (statuses.isEmpty() && deputyId == null) {
            throw new AccessDeniedException("no motion tasks for this role");
        }
        MotionStatus signing = MotionPolicy.openIn(MotionAction.CO_SIGN);
        long total = motions.countTasks(statuses, signing, deputyId);
        List<MotionTask> items =
                total == 0 ? List.of() : motions.tasks(statuses, signing, deputyId, page.offset(), page.size());
        return Page.of(items, page, total);
    }
}
