package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision visit or face-to-face meeting on a key suggestion, as recorded afterwards. */
public record SupervisionActivity(
        long id,
        long keySuggestionId,
        SupervisionKind kind,
        LocalDate heldOn,
        String place,
        String participants,
        String summary,
        String recordedBy,
        Instant recordedAt) {}
