package org.deputyflow.shared;

/**
 * Length rules for what people type; lengths count characters as people do, so 𠮷 is one. A refusal
 * names the field by its label, a code of the message bundles (e.g. {@code label.suggestion.field.title},
 * {@code label.motion.field.reason}),
 * so that it reads in the reader's language.
 */
public final class Texts {

    private Texts() {}

    public static String required(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "error.text.required", Text.of(label));
        }
        return optional(field, value, max, label);
    }

    public static String optional(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            // limits read as plain digits (2000 个字), never grouped as MessageFormat groups numbers
            throw new BadRequestException(field, "error.text.tooLong", Text.of(label), String.valueOf(max));
        }
        return stripped;
    }
}
