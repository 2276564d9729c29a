package org.deputyflow.shared;

/**
 * The record does not exist, or the caller may not see it: both answer 404 so that a
 * foreign record's existence is not revealed.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, Object... arguments) {
        super(code, null, arguments);
    }

    /** "Suggestion 42 does not exist or may not be read", {@code record} naming a {@code record.*} code. */
    public static NotFoundException of(String record, Object id) {
        return new NotFoundException("error.notFound", Text.of("record." + record), String.valueOf(id));
    }
}
