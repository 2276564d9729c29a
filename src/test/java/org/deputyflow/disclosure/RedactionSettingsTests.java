package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionSettingsTests {

    @Test
    void the_configuration_gives_the_mask_and_the_patterns_in_their_order() {
        RedactionSettings settings = ConfiguredRedaction.settings();
        assertThat(settings.mask()).isEqualTo("［已隐去］");
        assertThat(settings.patterns()).hasSize(6);
        assertThat(settings.redaction().redact("身份证110105194912310021，手机13912345678"))
                .isEqualTo("身份证［已隐去］，手机［已隐去］");
    }

    @Test
    void another_place_configures_its_own_patterns() {
        RedactionSettings settings = new RedactionSettings("[removed]", List.of("\\d{3}-\\d{4}"));
        assertThat(settings.redaction().redact("call 555-1234 now")).isEqualTo("call [removed] now");
    }

    @Test
    void a_redaction_without_a_mask_or_patterns_is_refused_at_startup() {
        assertThatThrownBy(() -> new RedactionSettings("", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedactionSettings("*", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedactionSettings("*", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
