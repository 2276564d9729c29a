package org.deputyflow.motion.domain;

import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;

/**
 * Length rules for what people type on a motion, refusing with the field's name as a bundle label
 * ({@code label.motion.field.reason}); lengths count characters as people do, so 𠮷 is one.
 */
public final class MotionTexts {

    private MotionTexts() {}

    public static String required(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "error.motion.text.required", Text.of(label));
        }
        return optional(field, value, max, label);
    }

    public static String optional(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new BadRequestException(field, "error.motion.text.tooLong", Text.of(label), max);
        }
        return stripped;
    }
}
