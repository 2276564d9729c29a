package org.deputyflow.attachment;

import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.MotionFiles;
import org.deputyflow.suggestion.HandlingRecordFiles;
import org.deputyflow.suggestion.SuggestionFiles;
import org.springframework.stereotype.Component;

/** Asks the module that owns a record whether the caller may read it, or change its files now. */
@Component
class Owners {

    /**
     * The owning record as the attachment rules need it.
     *
     * @param page the page that shows the record (a reply's and a follow-up's: their suggestion's)
     */
    record Owner(OwnerKind kind, long id, String number, boolean confidential, boolean mayChangeFiles, String page) {}

    private final SuggestionFiles suggestions;
    private final MotionFiles motions;
    private final HandlingRecordFiles handlingRecords;

    Owners(SuggestionFiles suggestions, MotionFiles motions, HandlingRecordFiles handlingRecords) {
        this.suggestions = suggestions;
        this.motions = motions;
        this.handlingRecords = handlingRecords;
    }

    /** 404 when the caller may not read the record. */
    Owner readable(CurrentUser user, OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION -> of(suggestions.readable(user, id));
            case MOTION -> of(motions.readable(user, id));
            case REPLY -> of(kind, handlingRecords.readableReply(user, id));
            case FOLLOW_UP -> of(kind, handlingRecords.readableFollowUp(user, id));
        };
    }

    /** Locks the record: 404 when the caller may not read it, 403 when they may not change it, 409 when it is too late. */
    Owner lockForFiles(CurrentUser user, OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION -> of(suggestions.lockForFiles(user, id));
            case MOTION -> of(motions.lockForFiles(user, id));
            case REPLY -> of(kind, handlingRecords.lockReplyForFiles(user, id));
            case FOLLOW_UP -> of(kind, handlingRecords.lockFollowUpForFiles(user, id));
        };
    }

    private static Owner of(SuggestionFiles.FileHolder s) {
        return new Owner(
                OwnerKind.SUGGESTION,
                s.id(),
                s.number(),
                s.confidential(),
                s.mayChangeFiles(),
                "/suggestions/" + s.id());
    }

    private static Owner of(MotionFiles.FileHolder m) {
        return new Owner(OwnerKind.MOTION, m.id(), m.number(), false, m.mayChangeFiles(), "/motions/" + m.id());
    }

    private static Owner of(OwnerKind kind, HandlingRecordFiles.FileHolder r) {
        return new Owner(
                kind, r.id(), r.number(), r.confidential(), r.mayChangeFiles(), "/suggestions/" + r.suggestionId());
    }
}
