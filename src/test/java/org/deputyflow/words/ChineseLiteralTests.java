package org.deputyflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every sentence people read comes from the message bundles, so that the English pages are English
 * throughout and one term is kept in one place: no Chinese in a string or char literal of the main sources,
 * written out or as {@code \\u} escapes. Rule values written in Chinese (the redaction patterns) live in
 * the configuration, demo data in resource files.
 */
class ChineseLiteralTests {

    /** CJK ideographs and the full-width punctuation that comes with them. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    private static final Pattern ESCAPED =
            Pattern.compile("\\\\u(3[0-9a-fA-F]|[4-9][0-9a-fA-F]|[fF][fF])[0-9a-fA-F]{2}");

    @Test
    void no_chinese_literal_in_the_main_sources() {
        List<SourceScan.Literal> chinese = SourceScan.javaFiles().stream()
                .flatMap(file -> SourceScan.literals(file).stream())
                .filter(literal -> CHINESE.matcher(literal.value()).find()
                        || ESCAPED.matcher(literal.value()).find())
                .toList();
        assertThat(chinese).as("Chinese literals outside the message bundles").isEmpty();
    }

    @Test
    void the_scan_finds_literals_and_skips_comments() {
        Path self = Path.of("src/test/java/org/deputyflow/words/ChineseLiteralTests.java");
        // comment-marker: 汉字 in a comment is not a literal
        List<String> values = SourceScan.literals(self).stream()
                .map(SourceScan.Literal::value)
                .toList();
        assertThat(values)
                .contains("src/test/java/org/deputyflow/words/ChineseLiteralTests.java", "样例")
                .noneMatch(v -> v.startsWith("comment" + "-marker"));
        assertThat(CHINESE.matcher("样例").find()).isTrue();
        assertThat(ESCAPED.matcher("\\u6837").find()).isTrue();
        assertThat(ESCAPED.matcher("\\u0041").find()).isFalse();
    }
}
