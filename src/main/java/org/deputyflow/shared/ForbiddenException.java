package org.deputyflow.shared;

/**
 * The reader's role or relation to the record does not let them take this action at all, whatever its
 * state: 403. A record the reader may not even see answers {@link NotFoundException} instead.
 */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, Object... arguments) {
        super(code, null, arguments);
    }
}
