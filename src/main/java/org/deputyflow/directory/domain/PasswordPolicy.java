package org.deputyflow.directory.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.deputyflow.shared.Text;

/**
 * What a password set through DeputyFlow must be: long enough, of enough kinds of characters
 * (letters, digits, symbols), not the login, and short enough for BCrypt, which reads at most
 * 72 bytes of UTF-8 (24 Chinese characters).
 *
 * @param minLength at least this many characters
 * @param minKinds at least this many of the three kinds: letters (any script), digits, symbols
 */
public record PasswordPolicy(int minLength, int minKinds) {

    /** BCrypt ignores what follows, and Spring's encoder refuses it. */
    public static final int MAX_BYTES = 72;

    public PasswordPolicy {
        if (minLength < 1 || minLength > MAX_BYTES) {
            throw new IllegalArgumentException("password min-length must be between 1 and " + MAX_BYTES);
        }
        if (minKinds < 1 || minKinds > 3) {
            throw new IllegalArgumentException("password min-kinds must be 1, 2 or 3");
        }
    }

    /** The first rule {@code password} breaks, as a refusal for the person who typed it; empty if none. */
    public Optional<Text> violation(String password, String login) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Text.of("error.directory.password.empty"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Text.of("error.directory.password.tooLong", String.valueOf(MAX_BYTES)));
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of(Text.of("error.directory.password.tooShort", String.valueOf(minLength)));
        }
        if (kinds(password) < minKinds) {
            return Optional.of(
                    minKinds == 3
                            ? Text.of("error.directory.password.allKinds")
                            : Text.of("error.directory.password.kinds", String.valueOf(minKinds)));
        }
        if (login != null
                && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("error.directory.password.containsLogin"));
        }
        return Optional.empty();
    }

    private static int kinds(String password) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
            i += Character.charCount(c);
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
