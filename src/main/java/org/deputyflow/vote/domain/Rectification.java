package org.deputyflow.vote.domain;

import java.time.LocalDate;

import org.deputyflow.shared.ConflictException;

/**
 * What a department owes after a poor vote: a rectification report by the due date. After an
 * unsatisfied vote the department also faces a new vote at the next meeting, which staff name when
 * they accept the report.
 */
public record Rectification(long voteId, long departmentId, LocalDate dueDate, RectificationStatus status,
        boolean overdue, boolean followUpRequired, LocalDate nextMeetingDate) {

    public void requireStatus(RectificationStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("测评 " + voteId + " 的整改报告当前" + describe(status) + "，不能" + action);
        }
    }

    private static String describe(RectificationStatus status) {
        return switch (status) {
            case DUE -> "待承办单位提交";
            case SUBMITTED -> "待审核";
            case ACCEPTED -> "已通过";
        };
    }
}
