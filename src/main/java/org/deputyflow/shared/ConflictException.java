package org.deputyflow.shared;

/** The action does not fit the record's current state, or another user was faster: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
