package org.deputyflow.vote.web;

import org.deputyflow.shared.BadRequestException;

/** Where a form shows a refusal of the vote module: beside the field it names, if the form has it. */
final class FormErrors {

    private FormErrors() {}

    static String field(BadRequestException e, String fallback, String... known) {
        for (String name : known) {
            if (name.equals(e.field())) {
                return name;
            }
        }
        return fallback;
    }
}
