package org.deputyflow.attachment;

import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.MotionFiles;
import org.deputyflow.suggestion.SuggestionFiles;
import org.springframework.stereotype.Component;

/** Asks the module that owns a record whether the caller may read it, or change its files now. */
@Component
class Owners {

    /** The owning record as the attachment rules need it. */
    record Owner(OwnerKind kind, long id, String number, boolean confidential, boolean mayChangeFiles) {
    }

    private final SuggestionFiles suggestions;
    private final MotionFiles motions;

    Owners(SuggestionFiles suggestions, MotionFiles motions) {
        this.suggestions = suggestions;
        this.motions = motions;
    }

    /** 404 when the caller may not read the record. */
    Owner readable(CurrentUser user, OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION -> of(suggestions.readable(user, id));
            case MOTION -> of(motions.readable(user, id));
            default -> throw unsupported(kind);
        };
    }

    /** Locks the record: 404 when the caller may not read it, 403 when they may not change it, 409 when it is too late. */
    Owner lockForFiles(CurrentUser user, OwnerKind kind, long id) {
        return switch (kind) {
            case SUGGESTION -> of(suggestions.lockForFiles(user, id));
            case MOTION -> of(motions.lockForFiles(user, id));
            default -> throw unsupported(kind);
        };
    }

    private static Owner of(SuggestionFiles.FileHolder s) {
        return new Owner(OwnerKind.SUGGESTION, s.id(), s.number(), s.confidential(), s.mayChangeFiles());
    }

    private static Owner of(MotionFiles.FileHolder m) {
        return new Owner(OwnerKind.MOTION, m.id(), m.number(), false, m.mayChangeFiles());
    }

    private static IllegalStateException unsupported(OwnerKind kind) {
        return new IllegalStateException("no files are taken for " + kind + " records yet");
    }
}
