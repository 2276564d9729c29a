package org.deputyflow.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    static final Text TOO_LONG = Text.of("error.directory.password.tooLong", "72");

    final PasswordPolicy policy = new PasswordPolicy(8, 3);

    @ParameterizedTest
    @ValueSource(strings = {"s3cret-pass", "Abc123!x", "办理建议2026!", "a1 b2 c3 d4", "𠮷𠮷𠮷𠮷𠮷1-2"})
    void eight_characters_of_letters_digits_and_symbols_pass(String password) {
        assertThat(policy.violation(password, "staff9")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ab1!xyz|error.directory.password.tooShort",
                "abcdefgh|error.directory.password.allKinds",
                "abcd1234|error.directory.password.allKinds",
                "abcd-efg|error.directory.password.allKinds",
                "1234-5678|error.directory.password.allKinds",
                "办理建议办理建议|error.directory.password.allKinds"
            })
    void too_short_or_of_too_few_kinds_is_refused_with_the_rule(String password, String rule) {
        assertThat(policy.violation(password, "staff9"))
                .hasValueSatisfying(m -> assertThat(m.code()).isEqualTo(rule));
    }

    @Test
    void characters_count_as_characters_not_as_bytes_or_utf16_units() {
        // seven characters, eleven UTF-16 units, twenty-one bytes: still too short
        assertThat(policy.violation("𠮷𠮷𠮷𠮷1-a", null)).contains(Text.of("error.directory.password.tooShort", "8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff9-2026!", "My-STAFF9-pw", "x1!staff9"})
    void a_password_containing_the_login_in_any_case_is_refused(String password) {
        assertThat(policy.violation(password, "Staff9")).contains(Text.of("error.directory.password.containsLogin"));
    }

    @Test
    void bcrypt_reads_72_bytes_so_25_chinese_characters_are_refused_and_24_pass() {
        String exactly72 = "代".repeat(22) + "a1!-12";
        assertThat(exactly72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(policy.violation(exactly72, null)).isEmpty();
        String twentyFourChinese = "代表建议办理系统".repeat(3);
        assertThat(policy.violation(twentyFourChinese + "1!", null)).contains(TOO_LONG);
        // 25 characters pass a limit counted in characters, and make BCrypt throw
        assertThat(policy.violation(twentyFourChinese + "代", null)).contains(TOO_LONG);
        assertThat(policy.violation("a1!" + "x".repeat(70), null)).contains(TOO_LONG);
    }

    @Test
    void an_empty_password_is_refused() {
        assertThat(policy.violation("", "staff9")).contains(Text.of("error.directory.password.empty"));
        assertThat(policy.violation(null, "staff9")).contains(Text.of("error.directory.password.empty"));
    }

    @Test
    void length_and_kinds_are_configurable() {
        PasswordPolicy relaxed = new PasswordPolicy(12, 2);
        assertThat(relaxed.violation("abcdefgh1234", null)).isEmpty();
        assertThat(relaxed.violation("abcd1234", null)).contains(Text.of("error.directory.password.tooShort", "12"));
        assertThat(relaxed.violation("abcdefghijkl", null)).contains(Text.of("error.directory.password.kinds", "2"));
        assertThat(new PasswordPolicy(4, 1).violation("abcd", null)).isEmpty();
    }

    @Test
    void a_policy_that_cannot_be_satisfied_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(73, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(8, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(8, 0));
    }
}
