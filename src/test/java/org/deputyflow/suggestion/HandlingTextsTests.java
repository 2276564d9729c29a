package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The handling texts read well in both languages: every sentence of the suggestion-handling bundle renders
 * with its values filled in and no quoting left over, and names are listed as each language lists them.
 */
class HandlingTextsTests {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void every_sentence_renders_its_values_in_both_languages() throws IOException {
        for (Locale locale : List.of(OfficeWords.OFFICE_LANGUAGE, ENGLISH)) {
            Properties bundle = bundle(locale == ENGLISH ? "_en" : "");
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                String rendered = pattern.contains("{")
                        ? messages.getMessage(key, new Object[] {"V0", "V1", "V2", "V3"}, locale)
                        : messages.getMessage(key, null, locale);
                assertThat(rendered)
                        .as(key + " in " + locale)
                        .doesNotContain("{", "}", "''")
                        .isNotBlank();
                for (int i = 0; i < 4; i++) {
                    assertThat(rendered.contains("V" + i))
                            .as(key + " quotes value " + i)
                            .isEqualTo(pattern.contains("{" + i + "}"));
                }
            }
        }
    }

    @Test
    void names_are_listed_as_each_language_lists_them() {
        Object three = TimelineWords.list(List.of("市交通局", "市财政局", "市教育局"));
        assertThat(messages.getMessage(Text.of("text.suggestion.departments.lead", three), OfficeWords.OFFICE_LANGUAGE))
                .isEqualTo("主办：市交通局、市财政局、市教育局");
        assertThat(messages.getMessage(Text.of("text.suggestion.departments.lead", three), ENGLISH))
                .isEqualTo("Lead: 市交通局, 市财政局, 市教育局");
        assertThat(TimelineWords.list(List.of("市交通局"))).isEqualTo("市交通局");
    }

    @Test
    void an_overdue_notice_quotes_its_date_and_the_reason_as_written() {
        Text text = Text.of("notice.suggestion.opinionWaived.text", "2026-03-01", "多次催办未复");
        assertThat(messages.getMessage(text, OfficeWords.OFFICE_LANGUAGE))
                .isEqualTo("贵单位的协办意见已超期（期限 2026-03-01），经办委决定免于提出，本单位协办结束。理由：多次催办未复");
        assertThat(messages.getMessage(text, ENGLISH)).contains("department's part", "2026-03-01", "多次催办未复");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/suggestion-handling");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        Path file = Path.of("src/main/resources/i18n/suggestion-handling" + suffix + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
