package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The words the domain names by code (a timeline line, a rating, a field's label) read in both languages:
 * codes built from enum names are out of sight of the scan of the sources.
 */
class DomainWordsTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void every_timeline_action_and_rating_reads_in_both_languages() {
        for (TimelineAction action : TimelineAction.values()) {
            assertThat(messages.getMessage(action.label(), null, CHINESE)).isNotBlank();
            assertThat(messages.getMessage(action.label(), null, Locale.ENGLISH))
                    .isNotBlank();
        }
        for (Rating rating : Rating.values()) {
            assertThat(messages.getMessage(rating.label(), null, CHINESE)).isNotBlank();
            assertThat(messages.getMessage(rating.label(), null, Locale.ENGLISH))
                    .isNotBlank();
        }
        assertThat(messages.getMessage(TimelineAction.CLAIMED.label(), null, CHINESE))
                .isEqualTo("签收");
        assertThat(messages.getMessage(TimelineAction.UNCLAIMED.label(), null, CHINESE))
                .isEqualTo("取消签收");
    }

    @Test
    void a_text_too_long_is_refused_with_its_label_and_the_limit_in_plain_digits() {
        BadRequestException e = catchThrowableOfType(
                BadRequestException.class,
                () -> new SuggestionDraft(
                        "𠮷".repeat(SuggestionDraft.MAX_TITLE + 1), "内容", "交通", Period.RECESS, false, false));
        assertThat(e.field()).isEqualTo("title");
        assertThat(e.code()).isEqualTo("error.text.tooLong");
        assertThat(messages.getMessage(e, CHINESE)).isEqualTo("标题不能超过 200 个字");
        assertThat(messages.getMessage(e, Locale.ENGLISH)).isEqualTo("Title may have at most 200 characters");

        BadRequestException limit = catchThrowableOfType(
                BadRequestException.class,
                () -> new ReplyDraft(ResultClass.A, "答".repeat(ReplyDraft.MAX_CONTENT + 1), null, true, null));
        assertThat(messages.getMessage(limit, CHINESE)).isEqualTo("答复内容不能超过 20000 个字");
    }

    @Test
    void a_rule_of_a_reply_is_refused_by_its_code() {
        BadRequestException e = catchThrowableOfType(
                BadRequestException.class, () -> new ReplyDraft(ResultClass.B, "答复", null, true, null));
        assertThat(e.field()).isEqualTo("planDate");
        assertThat(e.code()).isEqualTo("error.suggestion.reply.planDateRequired");
        assertThat(messages.getMessage(e, CHINESE)).isEqualTo("B 类、C 类答复须写明计划解决的时间");
    }

    @Test
    void a_count_of_days_reads_as_an_english_plural() {
        Text one =
                Text.of("notice.suggestion.departmentReminder.text", "T", Text.of("label.suggestion.owed.reply"), 1L);
        Text many = Text.of(
                "notice.suggestion.departmentReminder.text", "T", Text.of("label.suggestion.owed.opinion"), 12L);
        assertThat(messages.getMessage(one, Locale.ENGLISH))
                .startsWith("The reply for the suggestion “T” is due in 1 day.");
        assertThat(messages.getMessage(many, Locale.ENGLISH)).contains("co-unit opinion", "due in 12 days.");
        assertThat(messages.getMessage(many, CHINESE)).isEqualTo("建议《T》的协办意见还有 12 天到期，请抓紧办理。");
    }

    /** A pattern MessageFormat cannot parse, or a count given as text, would fail the timer job that sends it. */
    @Test
    void every_message_of_the_bundle_renders_in_both_languages() throws IOException {
        for (String file : List.of("i18n/suggestion-clock.properties", "i18n/suggestion-clock_en.properties")) {
            Locale language = file.endsWith("_en.properties") ? Locale.ENGLISH : CHINESE;
            Properties bundle = new Properties();
            try (Reader reader =
                    new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
                bundle.load(reader);
            }
            for (String key : bundle.stringPropertyNames()) {
                Format[] formats = new MessageFormat(bundle.getProperty(key), language).getFormatsByArgumentIndex();
                Object[] arguments = new Object[formats.length];
                for (int i = 0; i < formats.length; i++) {
                    arguments[i] = formats[i] == null ? "x" + i : 2L;
                }
                assertThat(messages.getMessage(key, arguments, language))
                        .as(file + " " + key)
                        .isNotBlank()
                        .doesNotContain("{");
            }
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/suggestion-clock");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
