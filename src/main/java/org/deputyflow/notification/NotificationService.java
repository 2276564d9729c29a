package org.deputyflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.notification.persistence.Delivered;
import org.deputyflow.notification.persistence.Delivery;
import org.deputyflow.notification.persistence.NotificationMapper;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's API. Other modules call the {@code notify…} methods inside their own
 * transaction, so that a notice is stored if and only if the action that caused it commits.
 * <p>
 * Delivery is idempotent per recipient and {@link Notice#key() key}: a recipient who already has
 * a notice with the key gets nothing new, neither in the inbox nor by e-mail. A timer job that runs
 * twice, or a retried action, therefore notifies once. Each method answers how many recipients
 * got the notice just now.
 * <p>
 * E-mail, when enabled, is queued in the mail outbox in the same transaction and sent later by
 * {@link MailOutboxSender}: a request never waits for the mail server, and a failed e-mail is
 * retried and changes nothing else.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.DEPT_HANDLER, Role.DEPT_LEADER);
    private static final Set<Role> DEPARTMENT_LEADERS = EnumSet.of(Role.DEPT_LEADER);

    private final NotificationMapper notifications;
    private final DirectoryService directory;
    private final Clock clock;
    private final ObjectProvider<MailOutbox> outbox;
    private final NoticeTexts texts;

    NotificationService(
            NotificationMapper notifications,
            DirectoryService directory,
            Clock clock,
            ObjectProvider<MailOutbox> outbox,
            NoticeTexts texts) {
        this.texts = texts;
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
        this.outbox = outbox;
    }

    // ---- sending -----------------------------------------------------------------------------

    /** Delivers the notice to the logins it names. */
    @Transactional
    public int notify(Notice notice) {
        return deliver(List.of(notice));
    }

    /**
     * Delivers each department's notice to its active handlers and leaders, and to whom it names:
     * the people of every department are looked up in one query and the notices stored in one
     * statement, e.g. when a suggestion is assigned to a lead unit and co-units at once.
     */
    @Transactional
    public int notifyDepartments(Map<Long, Notice> byDepartment) {
        Map<Long, List<String>> logins = directory.loginsInDepartments(byDepartment.keySet(), DEPARTMENT_ROLES);
        return deliver(byDepartment.entrySet().stream()
                .map(entry -> entry.getValue().to(logins.get(entry.getKey())))
                .toList());
    }

    private int deliver(List<Notice> notices) {
        Map<List<String>, Delivery> wanted = new LinkedHashMap<>();
        for (Notice notice : notices) {
            if (notice.recipients().isEmpty()) {
                // not an error: a department without users must not make a timer job fail and retry forever
                log.warn("Notice {} reaches nobody", notice.key());
            }
            String subject = texts.subject(notice, OfficeWords.OFFICE_LANGUAGE);
            String text = texts.text(notice, OfficeWords.OFFICE_LANGUAGE);
            String stored = texts.stored(notice);
            for (String recipient : notice.recipients()) {
                wanted.putIfAbsent(
                        List.of(recipient, notice.key()), new Delivery(recipient, notice, subject, text, stored));
            }
        }
        if (wanted.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Delivery> stored = wanted.size() == 1 ? storeEach(wanted.values(), now) : storeAll(wanted, now);
        Map<Notice, List<Delivery>> delivered = new LinkedHashMap<>();
        stored.forEach(d ->
                delivered.computeIfAbsent(d.notice(), n -> new ArrayList<>()).add(d));
        delivered.forEach((notice, deliveries) -> outbox.ifAvailable(m -> m.enqueue(deliveries)));
        return stored.size();
    }

    /** Two statements for any number of deliveries: which are there already, and one insert of the rest. */
    private List<Delivery> storeAll(Map<List<String>, Delivery> wanted, Instant now) {
        Map<List<String>, Delivery> fresh = new LinkedHashMap<>(wanted);
        for (Delivered there : notifications.findDelivered(wanted.values())) {
            fresh.remove(List.of(there.recipient(), there.dedupKey()));
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Delivery> rows = List.copyOf(fresh.values());
        try {
            notifications.insertAll(rows, now);
            return rows;
        } catch (DuplicateKeyException e) {
            // Another transaction stored one of them a moment ago: one by one, so that the others still count.
            // H2 and MySQL undo only the failed statement, so the caller's transaction goes on.
            log.info("Notices {} were partly delivered concurrently", fresh.keySet());
            return storeEach(rows, now);
        }
    }

    private List<Delivery> storeEach(Collection<Delivery> deliveries, Instant now) {
        List<Delivery> stored = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (store(delivery, now)) {
                stored.add(delivery);
            }
        }
        return stored;
    }

    /** Delivers the notice to the department's active handlers and leaders, and to whom it names. */
    @Transactional
    public int notifyDepartment(long departmentId, Notice notice) {
        return notify(notice.to(directory.loginsInDepartment(departmentId, DEPARTMENT_ROLES)));
    }

    /** Delivers the notice to the department's active leaders, and to whom it names. */
    @Transactional
    public int notifyDepartmentLeaders(long departmentId, Notice notice) {
        return notify(notice.to(directory.loginsInDepartment(departmentId, DEPARTMENT_LEADERS)));
    }

    /** Delivers the notice to every active member of the committee's staff (代表工委), and to whom it names. */
    @Transactional
    public int notifyStaff(Notice notice) {
        return notify(notice.to(directory.loginsWithRole(Role.STAFF)));
    }

    /** Delivers the notice to the deputy's login, if the deputy has an active one, and to whom it names. */
    @Transactional
    public int notifyDeputy(long deputyId, Notice notice) {
        return notifyDeputies(List.of(deputyId), notice);
    }

    /** Delivers the notice to the logins of these deputies, e.g. every signer of a suggestion, and to whom it names. */
    @Transactional
    public int notifyDeputies(Collection<Long> deputyIds, Notice notice) {
        return notify(notice.to(directory.loginsOfDeputies(deputyIds)));
    }

    private boolean store(Delivery delivery, Instant now) {
        try {
            return notifications.insertIfAbsent(delivery, now) == 1;
        } catch (DuplicateKeyException e) {
            // Another run of the same job stored it a moment earlier and committed: that delivery counts.
            // H2 and MySQL undo only the failed statement, so the caller's transaction goes on.
            log.info(
                    "Notice {} to {} was delivered concurrently",
                    delivery.notice().key(),
                    delivery.recipient());
            return false;
        }
    }

    // ---- the inbox ---------------------------------------------------------------------------

    /** The caller's notifications, newest first, or only the unread ones. */
    public Inbox inbox(CurrentUser user, boolean unreadOnly, PageRequest request) {
        long unread = notifications.count(user.login(), true);
        long total = unreadOnly ? unread : notifications.count(user.login(), false);
        List<Notification> items = total == 0
                ? List.of()
                : notifications.search(user.login(), unreadOnly, request.offset(), request.size()).stream()
                        .map(texts::localized)
                        .toList();
        return new Inbox(Page.of(items, request, total), unread);
    }

    /**
     * Marks one of the caller's notifications read; reading it again keeps the first time.
     *
     * @throws NotFoundException when it is not the caller's
     */
    @Transactional
    public Notification markRead(CurrentUser user, long id) {
        notifications.markRead(id, user.login(), clock.instant());
        return notifications
                .findOwn(id, user.login())
                .map(texts::localized)
                .orElseThrow(() -> NotFoundException.of("notification", id));
    }

    /** Marks every unread notification of the caller read; answers how many were unread. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.login(), clock.instant());
    }
}
