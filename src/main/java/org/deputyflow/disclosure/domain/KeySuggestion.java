package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A key suggestion with where its handling stands: the lead department (主办) and its reply due date,
 * when that department's first reply was signed off and the latest signed-off result class.
 * The supervising leader is the login of a council member, so that notices reach a person. The
 * progress sentence is drafted by whoever follows it and published in the quarterly disclosure once
 * staff approved it: {@code progressApproved} is the approved text, {@code progressDraft} a newer draft.
 */
public record KeySuggestion(long id, long suggestionId, String serialNo, String title, String status,
        String supervisingLeader, String note, Instant designatedAt, String leadDepartment, LocalDate replyDue,
        Instant repliedAt, String resultClass, String progressDraft, String progressApproved) {

    /** A one-line account of progress, in the words the committee uses. */
    public String progress() {
        if (resultClass != null) {
            return "已答复（" + resultClass + "类）";
        }
        if (leadDepartment == null) {
            return "尚未交办";
        }
        return "办理中";
    }
}
