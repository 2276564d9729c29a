package org.deputyflow.shared;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for people, named by its code in the message bundles and rendered in the reader's language
 * only when someone reads it: a notification, a timeline line, a label inside another message. Its
 * arguments are values (text, numbers, dates) or other {@code Text}s, which are rendered in the same
 * language. What a person typed (a comment, an urge message) is {@link #typed} and shown as it was written.
 */
public final class Text implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;
    private final String typed;

    private Text(String code, Object[] arguments, String typed) {
        this.code = code;
        this.arguments = arguments;
        this.typed = typed;
    }

    public static Text of(String code, Object... arguments) {
        Objects.requireNonNull(code, "code");
        return new Text(code, arguments.clone(), null);
    }

    /** Words a person wrote, never translated. */
    public static Text typed(String words) {
        return new Text(null, new Object[0], Objects.requireNonNull(words, "words"));
    }

    /** The bundle code, or null for {@link #typed} words. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public boolean isTyped() {
        return code == null;
    }

    /** Typed words that say nothing. */
    public boolean isBlank() {
        return typed != null && typed.isBlank();
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Typed words as written; for a code missing from the bundles, the code itself rather than a failure. */
    @Override
    public String getDefaultMessage() {
        return typed != null ? typed : code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text t
                && Objects.equals(code, t.code)
                && Arrays.equals(arguments, t.arguments)
                && Objects.equals(typed, t.typed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, Arrays.hashCode(arguments), typed);
    }

    @Override
    public String toString() {
        return code == null ? typed : code + Arrays.toString(arguments);
    }
}
