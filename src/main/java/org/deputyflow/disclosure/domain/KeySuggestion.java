package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.shared.Text;

/**
 * A key suggestion with where its handling stands: the lead department (主办) and its reply due date,
 * when that department's first reply was signed off and the latest signed-off result class.
 * The supervising leader is the login of a council member, so that notices reach a person. The
 * progress sentence is drafted by whoever follows it and published in the quarterly disclosure once
 * staff approved it: {@code progressApproved} is the approved text, {@code progressDraft} a newer draft.
 */
public record KeySuggestion(
        long id,
        long suggestionId,
        String serialNo,
        String title,
        String status,
        String supervisingLeader,
        String note,
        Instant designatedAt,
        String leadDepartment,
        LocalDate replyDue,
        Instant repliedAt,
        String resultClass,
        String progressDraft,
        String progressApproved) {

    /** A one-line account of progress, in the words the committee uses. */
    public Text progress() {
        if (resultClass != null) {
            return Text.of("label.disclosure.key.progress.replied", resultClass);
        }
        if (leadDepartment == null) {
            return Text.of("label.disclosure.key.progress.unassigned");
        }
        return Text.of("label.disclosure.key.progress.handling");
    }
}
