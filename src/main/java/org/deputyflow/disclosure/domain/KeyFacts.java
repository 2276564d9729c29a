package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What the database says about a key suggestion; {@link #toLine} turns it into published words. The
 * supervising leader is their display name; the progress is the sentence staff approved, if any.
 */
public record KeyFacts(long suggestionId, String serialNo, String title, String leadDepartment, String status,
        String resultClass, String evaluation, Instant assignedAt, Instant repliedAt, String supervisingLeader,
        String progress) {

    private static final Map<String, String> STATUS = Map.ofEntries(Map.entry("AWAITING_COSIGNERS", "征集附议"),
            Map.entry("SUBMITTED", "待审查"), Map.entry("RETURNED", "退回修改"), Map.entry("CONVERTED_TO_LETTER", "转为来信"),
            Map.entry("WITHDRAWN", "已撤回"), Map.entry("MERGED", "已并案"), Map.entry("ACCEPTED", "待交办"),
            Map.entry("IN_HANDLING", "办理中"), Map.entry("REPLIED", "已答复"),
            Map.entry("AWAITING_REHANDLING_DECISION", "待定是否重办"), Map.entry("REHANDLING", "重新办理"),
            Map.entry("FOLLOW_UP", "跟踪落实"), Map.entry("CLOSED", "已办结"));
    private static final Map<String, String> RATING = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
            "UNSATISFIED", "不满意");

    /**
     * Days taken count calendar days in the zone from assignment to the first signed-off reply, or
     * to the quarter's end while there is none; empty before assignment. {@code leadDepartments} names
     * every lead department, the first one alone when null.
     */
    public KeyLine toLine(int lineNo, String leadDepartments, LocalDate quarterEndExclusive, ZoneId zone) {
        Integer days = null;
        if (assignedAt != null) {
            LocalDate from = assignedAt.atZone(zone).toLocalDate();
            LocalDate to = repliedAt != null ? repliedAt.atZone(zone).toLocalDate() : quarterEndExclusive;
            days = (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
        }
        // titles are published: a deputy may have written a phone number into one
        return new KeyLine(lineNo, serialNo, Redaction.redact(title),
                leadDepartments == null ? leadDepartment : leadDepartments, supervisingLeader,
                progress == null ? null : Redaction.redact(progress), STATUS.getOrDefault(status, status), resultClass,
                evaluation == null ? null : RATING.getOrDefault(evaluation, evaluation), days);
    }
}
