package org.deputyflow.suggestion;

import java.time.LocalDate;

import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.process.ClockAlarms;
import org.springframework.stereotype.Component;

/**
 * What a clock's alarm tells whom. Keys carry the due date, so a timer job that runs twice, or an
 * alarm for a due date that has not moved, notifies once.
 */
@Component
public class SuggestionAlarms {

    private final SuggestionProgress progress;
    private final SuggestionNotifier notifier;
    private final Deadlines deadlines;

    SuggestionAlarms(SuggestionProgress progress, SuggestionNotifier notifier, Deadlines deadlines) {
        this.progress = progress;
        this.notifier = notifier;
        this.deadlines = deadlines;
    }

    public void screeningReminder(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.SUBMITTED) {
            return;
        }
        notifier.toStaff(NotificationKind.REMINDER, s.id(), SuggestionNotifier.alarmKey("screening-reminder", s.id(), s.screeningDue()),
                "建议 " + s.number() + " 审查即将到期", "建议《" + s.title() + "》应于 " + s.screeningDue() + " 前完成审查。");
    }

    public void screeningOverdue(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.SUBMITTED) {
            return;
        }
        String key = SuggestionNotifier.alarmKey("screening-overdue", s.id(), s.screeningDue());
        notifier.toStaff(NotificationKind.OVERDUE, s.id(), key,
                "建议 " + s.number() + " 审查已超期", "建议《" + s.title() + "》的审查期限 " + s.screeningDue() + " 已过。");
        notifier.toSupervisingLeader(NotificationKind.OVERDUE, s.id(), key, "重点建议 " + s.number() + " 审查已超期",
                "您督办的重点建议《" + s.title() + "》的审查期限 " + s.screeningDue() + " 已过。");
    }

    public void evaluationDue(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.REPLIED) {
            return;
        }
        notifier.toDeputy(NotificationKind.REMINDER, s.submitterDeputyId(), s.id(),
                SuggestionNotifier.alarmKey("evaluation-reminder", s.id(), s.evaluationDue()),
                "请评价建议 " + s.number() + " 的办理答复",
                "您的建议《" + s.title() + "》已答复，评价期限 " + s.evaluationDue() + " 已过，请尽快亲自评价。");
        String key = SuggestionNotifier.alarmKey("evaluation-overdue", s.id(), s.evaluationDue());
        notifier.toStaff(NotificationKind.OVERDUE, s.id(), key,
                "建议 " + s.number() + " 代表尚未评价", "评价期限 " + s.evaluationDue() + " 已过，可按未评价办结。");
        notifier.toSupervisingLeader(NotificationKind.OVERDUE, s.id(), key, "重点建议 " + s.number() + " 代表尚未评价",
                "您督办的重点建议《" + s.title() + "》的评价期限 " + s.evaluationDue() + " 已过，代表尚未评价。");
    }

    /** The first or second reminder before a department's due date. */
    public void departmentReminder(long assignmentId, int ordinal) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        long daysLeft = deadlines.daysBetween(deadlines.today(), due);
        String what = a.role().replies() ? "答复" : "协办意见";
        String key = SuggestionNotifier.alarmKey("reminder-" + ordinal, a.id(), due);
        notifier.toDepartment(NotificationKind.REMINDER, a.departmentId(), s.id(), key,
                "建议 " + s.number() + " 的" + what + "将于 " + due + " 到期",
                "建议《" + s.title() + "》的" + what + "还有 " + daysLeft + " 天到期，请抓紧办理。");
        notifier.toSupervisingLeader(NotificationKind.REMINDER, s.id(), key,
                a.departmentName() + " 办理重点建议 " + s.number() + " 将于 " + due + " 到期",
                "您督办的重点建议《" + s.title() + "》，" + a.departmentName() + " 的" + what + "还有 " + daysLeft + " 天到期。");
    }

    /** Half the department's time is gone on a key suggestion: the department and the supervising leader hear of it. */
    public void halfTimeReminder(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        String what = a.role().replies() ? "答复" : "协办意见";
        String key = SuggestionNotifier.alarmKey("half-time", a.id(), due);
        notifier.toDepartment(NotificationKind.REMINDER, a.departmentId(), s.id(), key,
                "重点建议 " + s.number() + " 的办理时间已过半",
                "重点建议《" + s.title() + "》的" + what + "期限为 " + due + "，办理时间已过半，请加快办理并及时报告进展。");
        notifier.toSupervisingLeader(NotificationKind.REMINDER, s.id(), key,
                a.departmentName() + " 办理重点建议 " + s.number() + " 的时间已过半",
                "您督办的重点建议《" + s.title() + "》，" + a.departmentName() + " 的" + what + "期限为 " + due
                        + "，办理时间已过半。");
    }

    /** The plan date of a B or C reply is near and the department has not reported delivery. */
    public void followUpReminder(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.FOLLOW_UP) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate plan = progress.followUpClock(assignmentId).planDate();
        String key = SuggestionNotifier.alarmKey("follow-up-reminder", a.id(), plan);
        notifier.toDepartment(NotificationKind.REMINDER, a.departmentId(), s.id(), key,
                "建议 " + s.number() + " 的计划完成时间 " + plan + " 将到",
                "建议《" + s.title() + "》答复承诺于 " + plan + " 前落实，请抓紧办理并报告落实情况。");
    }

    /** The plan date has passed without a delivery report: the department and staff hear of it. */
    public void followUpOverdue(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.FOLLOW_UP) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate plan = progress.followUpClock(assignmentId).planDate();
        String key = SuggestionNotifier.alarmKey("follow-up-overdue", a.id(), plan);
        notifier.toDepartment(NotificationKind.OVERDUE, a.departmentId(), s.id(), key,
                "建议 " + s.number() + " 未按计划落实", "建议《" + s.title() + "》答复承诺的计划完成时间 " + plan
                        + " 已过，尚未报告落实，请立即办理。");
        notifier.toStaff(NotificationKind.OVERDUE, s.id(), key, a.departmentName() + " 跟踪办理建议 " + s.number()
                + " 已逾期", a.departmentName() + " 答复承诺的计划完成时间 " + plan + " 已过，尚未报告落实。");
        notifier.toSupervisingLeader(NotificationKind.OVERDUE, s.id(), key,
                a.departmentName() + " 跟踪办理重点建议 " + s.number() + " 已逾期",
                "您督办的重点建议《" + s.title() + "》，" + a.departmentName() + " 承诺的计划完成时间 " + plan + " 已过。");
    }

    /** The deputy has not answered a delivery report in time: reminded, and staff may now confirm it. */
    public void confirmationLapsed(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.AWAITING_CONFIRMATION) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = progress.followUpClock(assignmentId).confirmationDue();
        notifier.toDeputy(NotificationKind.REMINDER, s.submitterDeputyId(), s.id(),
                SuggestionNotifier.alarmKey("confirmation-reminder", a.id(), due),
                "请确认建议 " + s.number() + " 的落实情况",
                a.departmentName() + " 已报告建议《" + s.title() + "》落实，确认期限 " + due + " 已过，请尽快确认或提出异议。");
        notifier.toStaff(NotificationKind.OVERDUE, s.id(), SuggestionNotifier.alarmKey("confirmation-lapsed", a.id(), due),
                "建议 " + s.number() + " 的落实情况代表尚未确认",
                a.departmentName() + " 报告的落实情况，代表确认期限 " + due + " 已过，可由办委确认。");
    }

    /** The year end found the follow-up open: the department owes a written explanation, which staff review. */
    public void explanationRequested(long assignmentId) {
        progress.explanationOwed(assignmentId);
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        String key = SuggestionNotifier.alarmKey("year-end-explanation", a.id(), deadlines.today());
        notifier.toDepartment(NotificationKind.REMINDER, a.departmentId(), s.id(), key,
                "建议 " + s.number() + " 年底仍未落实，请书面说明",
                "建议《" + s.title() + "》答复承诺的事项年底仍未报告落实，请书面说明原因和下一步安排。");
    }

    public void departmentOverdue(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        String what = a.role().replies() ? "答复" : "协办意见";
        String key = SuggestionNotifier.alarmKey("overdue", a.id(), due);
        notifier.toDepartment(NotificationKind.OVERDUE, a.departmentId(), s.id(), key, "建议 " + s.number() + " 的" + what + "已超期",
                "建议《" + s.title() + "》的" + what + "期限 " + due + " 已过，请立即办理。");
        notifier.toStaff(NotificationKind.OVERDUE, s.id(), key, a.departmentName() + " 办理建议 " + s.number() + " 已超期",
                a.departmentName() + " 的" + what + "期限 " + due + " 已过。");
        notifier.toSupervisingLeader(NotificationKind.OVERDUE, s.id(), key,
                a.departmentName() + " 办理重点建议 " + s.number() + " 已超期",
                "您督办的重点建议《" + s.title() + "》，" + a.departmentName() + " 的" + what + "期限 " + due + " 已过。");
    }
}
