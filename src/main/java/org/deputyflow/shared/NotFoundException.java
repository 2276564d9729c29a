package org.deputyflow.shared;

/**
 * The record does not exist, or the caller may not see it: both answer 404 so that a
 * foreign record's existence is not revealed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " 不存在或无权查看");
    }
}
