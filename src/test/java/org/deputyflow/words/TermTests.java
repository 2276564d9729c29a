package org.deputyflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One term for each thing, as the glossary of the domain notes names it, in every Chinese text people read:
 * the bundles (pages, timeline, notifications, exports, disclosures), the page templates and the names of
 * the BPMN steps that task lists and Cockpit show. The rejected
 * synonyms below must not come back.
 */
class TermTests {

    /** A rejected word and the glossary term that replaces it. */
    static final Map<String, String> REJECTED = Map.of(
            "认领", "签收",
            "逾期", "超期",
            "交办异议", "申请调整",
            "放弃签收", "取消签收",
            "转为代表来信", "转作代表来信处理",
            "合并办理", "并案");

    @Test
    void the_chinese_texts_use_the_glossary_terms() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> texts = new ArrayList<>();
        for (String basename : MessageBundleTests.basenames()) {
            texts.add(Path.of("src/main/resources", basename + ".properties"));
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(f -> f.toString().endsWith(".html")).sorted().forEach(texts::add);
        }
        try (Stream<Path> processes = Files.list(Path.of("bpmn"))) {
            processes.filter(f -> f.toString().endsWith(".bpmn")).sorted().forEach(texts::add);
        }
        for (Path file : texts) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (Map.Entry<String, String> word : REJECTED.entrySet()) {
                    if (lines.get(i).contains(word.getKey())) {
                        found.add(file + ":" + (i + 1) + " says " + word.getKey() + ", the glossary says "
                                + word.getValue());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
