package org.deputyflow.token.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: 256 random bits from {@link SecureRandom}, written as {@code dft_}
 * and 43 URL-safe Base64 characters. The prefix lets secret scanners and people recognise a
 * leaked token. Only the SHA-256 of the whole string is stored: the secret is random enough that
 * a fast hash cannot be reversed by guessing, so checking a token costs one digest instead of BCrypt.
 */
public final class TokenSecret {

    public static final String PREFIX = "dft_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private TokenSecret() {}

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all: anything else is refused without a look-up. */
    public static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The stored form: SHA-256 of the token's UTF-8 bytes, 64 lower-case hex digits. */
    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
