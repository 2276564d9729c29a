package org.deputyflow.shared;

/** The request breaks a rule that bean validation cannot express: 400. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
