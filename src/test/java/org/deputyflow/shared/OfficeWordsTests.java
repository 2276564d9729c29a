package org.deputyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.deputyflow.shared.persistence.TextJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Words kept with their codes read in the reader's language, and as they were kept when the codes cannot. */
class OfficeWordsTests {

    final StaticMessageSource messages = new StaticMessageSource();
    final OfficeWords words = new OfficeWords(messages);

    OfficeWordsTests() {
        messages.addMessage("text.line", Locale.SIMPLIFIED_CHINESE, "并入 {0}");
        messages.addMessage("text.line", Locale.ENGLISH, "Merged into {0}");
    }

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void kept_codes_read_in_the_readers_language_and_in_the_offices() {
        String stored = TextJson.write(Text.of("text.line", "2026-0001"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.reading(stored, "并入 2026-0001")).isEqualTo("Merged into 2026-0001");
        assertThat(words.of(Text.of("text.line", "2026-0001"))).isEqualTo("并入 2026-0001");
        assertThat(words.reading(TextJson.write(Text.typed("原话")), "原话")).isEqualTo("原话");
    }

    @Test
    void without_codes_with_a_code_gone_from_the_bundles_or_unreadable_codes_the_words_read_as_kept() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.reading(null, "原样")).isEqualTo("原样");
        assertThat(words.reading(TextJson.write(Text.of("text.removed")), "原样")).isEqualTo("原样");
        assertThat(words.reading("{not json", "原样")).isEqualTo("原样");
    }
}
