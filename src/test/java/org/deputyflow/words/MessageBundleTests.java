package org.deputyflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code has both translations: each bundle of {@code spring.messages.basename} has the same keys in
 * Chinese and English, and every message code the main sources name (a refusal, a notice, a timeline
 * line, an API description) is a key of both.
 */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The prefixes of codes named in Java; anything else in a literal is not a code. */
    private static final Pattern CODE = Pattern.compile(
            "^\\{?((?:error|notice|label|text|api|timeline|task|record|problem|service|enum)\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9_])\\}?$");

    private static final Pattern RECORD = Pattern.compile("NotFoundException\\.of\\(\"([A-Za-z]+)\"");

    @Test
    void every_bundle_has_the_same_keys_in_both_languages() throws IOException {
        List<String> differences = new ArrayList<>();
        for (String basename : basenames()) {
            Set<String> chinese = load(basename + ".properties").stringPropertyNames();
            Set<String> english = load(basename + "_en.properties").stringPropertyNames();
            Set<String> onlyChinese = new TreeSet<>(chinese);
            onlyChinese.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(chinese);
            onlyChinese.forEach(key -> differences.add(basename + ": " + key + " has no English"));
            onlyEnglish.forEach(key -> differences.add(basename + ": " + key + " has no Chinese"));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void every_code_the_sources_name_has_both_translations() throws IOException {
        Set<String> chinese = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (String basename : basenames()) {
            chinese.addAll(load(basename + ".properties").stringPropertyNames());
            english.addAll(load(basename + "_en.properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (Path file : SourceScan.javaFiles()) {
            for (SourceScan.Literal literal : SourceScan.literals(file)) {
                Matcher code = CODE.matcher(literal.value());
                if (code.matches() && !(chinese.contains(code.group(1)) && english.contains(code.group(1)))) {
                    missing.add(literal + " has no message in both languages");
                }
            }
            Matcher record = RECORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (record.find()) {
                String key = "record." + record.group(1);
                if (!(chinese.contains(key) && english.contains(key))) {
                    missing.add(
                            SourceScan.MAIN_JAVA.relativize(file) + ": " + key + " has no message in both languages");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<String> basenames() throws IOException {
        for (String line : Files.readAllLines(RESOURCES.resolve("application.yml"), StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("basename:")) {
                return Arrays.stream(
                                line.strip().substring("basename:".length()).split(","))
                        .map(String::strip)
                        .toList();
            }
        }
        throw new IllegalStateException("application.yml names no spring.messages.basename");
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
