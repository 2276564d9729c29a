package org.deputyflow.token.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTests {

    @Test
    void a_secret_is_the_prefix_and_256_random_bits() {
        SecureRandom random = new SecureRandom();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecret.generate(random);
            assertThat(secret).startsWith("dft_");
            assertThat(Base64.getUrlDecoder().decode(secret.substring(4))).hasSize(32);
            assertThat(TokenSecret.wellFormed(secret)).isTrue();
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void the_stored_form_is_the_sha256_in_hex() {
        // the SHA-256 test vector of "abc" (FIPS 180-2)
        assertThat(TokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void only_the_token_format_is_looked_up() {
        assertThat(TokenSecret.wellFormed(null)).isFalse();
        assertThat(TokenSecret.wellFormed("dft_")).isFalse();
        assertThat(TokenSecret.wellFormed("dft_" + "A".repeat(42))).isFalse();
        assertThat(TokenSecret.wellFormed("dft_" + "A".repeat(44))).isFalse();
        assertThat(TokenSecret.wellFormed("xyz_" + "A".repeat(43))).isFalse();
        assertThat(TokenSecret.wellFormed("dft_" + "A".repeat(42) + "+")).isFalse();
        assertThat(TokenSecret.wellFormed("dft_" + "A".repeat(42) + "-")).isTrue();
    }
}
