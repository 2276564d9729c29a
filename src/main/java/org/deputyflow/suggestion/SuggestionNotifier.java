package org.deputyflow.suggestion;

import java.time.LocalDate;

import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to a suggestion. Calls come inside the action's transaction; each
 * names a key, so that a timer job that runs twice notifies once.
 */
@Component
public class SuggestionNotifier {

    private final NotificationService notifications;

    SuggestionNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The department's handlers and leaders: something to act on or to know. */
    public void toDepartment(NotificationKind kind, long departmentId, long suggestionId, String key, String subject,
            String text) {
        notifications.notifyDepartment(departmentId, Notice.of(kind, key, suggestionId, subject, text));
    }

    public void toStaff(NotificationKind kind, long suggestionId, String key, String subject, String text) {
        notifications.notifyStaff(Notice.of(kind, key, suggestionId, subject, text));
    }

    public void toDeputy(NotificationKind kind, long deputyId, long suggestionId, String key, String subject,
            String text) {
        notifications.notifyDeputy(deputyId, Notice.of(kind, key, suggestionId, subject, text));
    }

    /** A stable key for a clock's alarm: the same alarm on the same due date is one notification. */
    public static String alarmKey(String alarm, long id, LocalDate due) {
        return Notice.keyOf(alarm, id, due);
    }
}
