package org.deputyflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;

class NoticeTests {

    @Test
    void a_key_is_built_from_the_parts_that_make_the_event_unique() {
        assertThat(Notice.keyOf("reminder", "assignment", 42, LocalDate.of(2026, 3, 1)))
                .isEqualTo("reminder:assignment:42:2026-03-01");
        assertThatIllegalArgumentException().isThrownBy(Notice::keyOf);
    }

    @Test
    void recipients_are_added_once_each_in_the_order_given() {
        Notice notice = Notice.typed(NotificationKind.ASSIGNED, "assigned:1", 1L, "新交办建议", "请签收。");
        assertThat(notice.recipients()).isEmpty();

        Notice addressed = notice.to("dept01-handler", " dept01-leader ").to(List.of("dept01-handler", "staff1"));

        assertThat(addressed.recipients()).containsExactly("dept01-handler", "dept01-leader", "staff1");
        assertThat(addressed.key()).isEqualTo("assigned:1");
        assertThat(notice.recipients()).isEmpty();
    }

    @Test
    void subject_text_and_key_are_stripped_and_the_suggestion_is_optional() {
        Notice notice = Notice.typed(NotificationKind.DECISION, "  decision:9 ", null, " 审查结果 ", "\n已交办。\n");

        assertThat(notice.key()).isEqualTo("decision:9");
        assertThat(notice.subject()).isEqualTo(Text.typed("审查结果"));
        assertThat(notice.text()).isEqualTo(Text.typed("已交办。"));
        assertThat(notice.suggestionId()).isNull();
    }

    @Test
    void a_long_subject_or_text_is_cut_rather_than_refused_and_never_splits_a_character() {
        String title = "𠮷".repeat(300);

        String subject = Notice.abbreviate(title, Notice.MAX_SUBJECT_LENGTH);
        String text = Notice.abbreviate("答".repeat(2500), Notice.MAX_TEXT_LENGTH);

        assertThat(subject.codePointCount(0, subject.length())).isEqualTo(Notice.MAX_SUBJECT_LENGTH);
        assertThat(subject).startsWith("𠮷𠮷").endsWith("𠮷…");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(Notice.MAX_TEXT_LENGTH);
        assertThat(text).endsWith("答…");
        assertThat(Notice.abbreviate("𠮷".repeat(200), Notice.MAX_SUBJECT_LENGTH))
                .doesNotContain("…");
    }

    @Test
    void a_notice_without_kind_key_or_subject_or_with_a_bad_login_is_a_programming_error() {
        assertThatNullPointerException().isThrownBy(() -> Notice.typed(null, "k", null, "主题", "正文"));
        assertThatNullPointerException().isThrownBy(() -> Notice.typed(NotificationKind.URGED, null, null, "主题", "正文"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Notice.typed(NotificationKind.URGED, " ", null, "主题", "正文"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Notice.typed(NotificationKind.URGED, "k".repeat(201), null, "主题", "正文"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Notice.typed(NotificationKind.URGED, "k", null, "  ", "正文"));

        Notice notice = Notice.typed(NotificationKind.URGED, "k", null, "主题", "");
        assertThat(notice.text()).isEqualTo(Text.typed(""));
        assertThatIllegalArgumentException().isThrownBy(() -> notice.to(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> notice.to("x".repeat(65)));
        assertThatIllegalArgumentException().isThrownBy(() -> notice.to((String) null));
    }

    @Test
    void every_kind_has_a_label_in_both_languages() throws Exception {
        Properties chinese = new Properties();
        Properties english = new Properties();
        try (Reader zh = Files.newBufferedReader(
                        Path.of("src/main/resources/i18n/member.properties"), StandardCharsets.UTF_8);
                Reader en = Files.newBufferedReader(
                        Path.of("src/main/resources/i18n/member_en.properties"), StandardCharsets.UTF_8)) {
            chinese.load(zh);
            english.load(en);
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(chinese.getProperty("notification.kind." + kind))
                    .as(kind.name())
                    .isNotBlank()
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(english.getProperty("notification.kind." + kind))
                    .as(kind.name())
                    .isNotBlank();
        }
        assertThat(chinese.getProperty("notification.kind.URGED")).isEqualTo("催办");
    }
}
