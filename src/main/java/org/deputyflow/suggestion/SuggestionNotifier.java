package org.deputyflow.suggestion;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to a suggestion. Calls come inside the action's transaction; each
 * names a key, so that a timer job that runs twice notifies once.
 *
 * <p>A key suggestion (重点建议) has a supervising leader on the council who hears of every step of
 * its handling: {@link Timeline} tells them of each action, the clocks' alarms and the closing
 * through {@link #toSupervisingLeader}.
 */
@Component
public class SuggestionNotifier {

    private final NotificationService notifications;
    private final KeySuggestionPolicy keySuggestions;

    SuggestionNotifier(NotificationService notifications, KeySuggestionPolicy keySuggestions) {
        this.notifications = notifications;
        this.keySuggestions = keySuggestions;
    }

    /** The department's handlers and leaders: something to act on or to know. */
    public void toDepartment(
            NotificationKind kind, long departmentId, long suggestionId, String key, Text subject, Text text) {
        notifications.notifyDepartment(departmentId, Notice.of(kind, key, suggestionId, subject, text));
    }

    /** Each department's notice to its handlers and leaders, all in one go. */
    public void toDepartments(Map<Long, Notice> byDepartment) {
        notifications.notifyDepartments(byDepartment);
    }

    public void toStaff(NotificationKind kind, long suggestionId, String key, Text subject, Text text) {
        notifications.notifyStaff(Notice.of(kind, key, suggestionId, subject, text));
    }

    public void toDeputy(NotificationKind kind, long deputyId, long suggestionId, String key, Text subject, Text text) {
        notifications.notifyDeputy(deputyId, Notice.of(kind, key, suggestionId, subject, text));
    }

    /** The council member who supervises a key suggestion; nobody when the suggestion is not a key one. */
    public void toSupervisingLeader(NotificationKind kind, long suggestionId, String key, Text subject, Text text) {
        supervisingLeader(suggestionId)
                .ifPresent(leader -> notifications.notify(
                        Notice.of(kind, key, suggestionId, subject, text).to(leader)));
    }

    public Optional<String> supervisingLeader(long suggestionId) {
        return keySuggestions.supervisingLeader(suggestionId);
    }

    /** A stable key for a clock's alarm: the same alarm on the same due date is one notification. */
    public static String alarmKey(String alarm, long id, LocalDate due) {
        return Notice.keyOf(alarm, id, due);
    }
}
