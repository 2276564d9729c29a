package org.deputyflow.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every record's timeline (a suggestion's, a motion's) does alike when it writes a line: the
 * comment as stored, and the action's audit line, which names the action and never repeats the
 * comment (it may quote personal data), only its length.
 */
public final class TimelineLines {

    private TimelineLines() {}

    /** The comment as the line keeps it: stripped, and none when blank. */
    public static String comment(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The audit's name of a timeline action: {@code suggestion.reply-approved}, {@code motion.form-accepted}. */
    public static String auditAction(String recordType, Enum<?> action) {
        return recordType + "." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The audit line's details: the department the line concerns, if any, and the comment's length. */
    public static Map<String, Object> auditDetails(Long departmentId, String comment) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (departmentId != null) {
            details.put("department", departmentId);
        }
        if (comment != null) {
            details.put("commentLength", comment.length());
        }
        return details;
    }
}
