package org.deputyflow.suggestion.domain;

import org.deputyflow.shared.BadRequestException;

/** Length rules for what people type; lengths count characters as people do, so 𠮷 is one. */
public final class Texts {

    private Texts() {
    }

    public static String required(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, label + "不能为空");
        }
        return optional(field, value, max, label);
    }

    public static String optional(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new BadRequestException(field, label + "不能超过 " + max + " 个字");
        }
        return stripped;
    }
}
