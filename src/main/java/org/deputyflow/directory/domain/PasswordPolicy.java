package org.deputyflow.directory.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

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

    /** The first rule {@code password} breaks, in words for the person who typed it; empty if none. */
    public Optional<String> violation(String password, String login) {
        if (password == null || password.isEmpty()) {
            return Optional.of("请输入密码");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("密码不能超过 " + MAX_BYTES + " 字节（一个汉字占 3 字节，最多 24 个汉字）");
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("密码至少 " + minLength + " 个字符");
        }
        if (kinds(password) < minKinds) {
            return Optional.of(minKinds == 3 ? "密码须同时包含字母、数字和符号"
                    : "密码须包含字母、数字、符号中的至少 " + minKinds + " 种");
        }
        if (login != null && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含登录名");
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
