package org.deputyflow.shared;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal a person can act on, named by a code of the message bundles (e.g.
 * {@code error.suggestion.reply.planDateRequired}) with the field it concerns and the values its sentence
 * quotes. The API's problem detail carries the code and the sentence in the caller's language; a page puts
 * the same sentence next to the field. The exception's own message is the code, for logs.
 */
public abstract class DomainException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final String field;
    private final Object[] arguments;

    protected DomainException(String code, String field, Object... arguments) {
        super(Objects.requireNonNull(code, "code") + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    /** The request field the refusal is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** A code missing from the bundles shows as itself: a refusal never turns into a failure of its own. */
    @Override
    public String getDefaultMessage() {
        return code;
    }
}
