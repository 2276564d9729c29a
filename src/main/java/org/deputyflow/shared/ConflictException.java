package org.deputyflow.shared;

/** The action does not fit the record's current state, or another user was faster: 409. */
public class ConflictException extends DomainException {

    public ConflictException(String code, Object... arguments) {
        super(code, null, arguments);
    }
}
