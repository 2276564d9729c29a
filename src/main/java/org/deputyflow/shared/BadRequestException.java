package org.deputyflow.shared;

/** The request breaks a rule that bean validation cannot express: 400. */
public class BadRequestException extends DomainException {

    public BadRequestException(String field, String code, Object... arguments) {
        super(code, field, arguments);
    }
}
