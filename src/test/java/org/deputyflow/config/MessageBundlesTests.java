package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word a page shows comes from the message bundles, in Chinese and in English: a template
 * with a hard-coded label, or a key missing from one of the languages, fails here.
 */
class MessageBundlesTests {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");
    private static final Pattern WORDS = Pattern.compile("\\p{L}");
    /** Attributes a reader sees; each must come from a bundle through its th: twin. */
    private static final Set<String> VISIBLE_ATTRIBUTES =
            Set.of("placeholder", "title", "alt", "aria-label", "data-confirm", "value");
    /** Attributes whose element's content Thymeleaf replaces. */
    private static final Set<String> REPLACING_ATTRIBUTES =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication", "th:remove", "data-th-text");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void both_languages_have_the_same_keys_in_every_bundle() throws IOException {
        for (Resource chinese : bundles()) {
            String name = chinese.getFilename();
            Resource english = chinese.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English twin of %s", name).isTrue();
            assertThat(load(english).stringPropertyNames())
                    .as("keys of %s in English", name)
                    .containsExactlyInAnyOrderElementsOf(load(chinese).stringPropertyNames());
        }
    }

    @Test
    void every_key_a_template_uses_exists_in_both_languages() throws IOException {
        Properties chinese = new Properties();
        Properties english = new Properties();
        for (Resource bundle : bundles()) {
            chinese.putAll(load(bundle));
            english.putAll(load(bundle.createRelative(bundle.getFilename().replace(".properties", "_en.properties"))));
        }
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (keys.find()) {
                String key = keys.group(1);
                if (!chinese.containsKey(key) || !english.containsKey(key)) {
                    missing.add(template.getFilename() + ": " + key);
                }
            }
        }
        assertThat(missing).as("message keys missing from a bundle").isEmpty();
    }

    @Test
    void no_template_shows_a_hard_coded_word() throws IOException, ParseException {
        List<String> hardCoded = new ArrayList<>();
        SimpleMarkupParser parser = new SimpleMarkupParser(ParseConfiguration.htmlConfiguration());
        for (Resource template : templates()) {
            try (Reader reader = new InputStreamReader(template.getInputStream(), StandardCharsets.UTF_8)) {
                parser.parse(reader, new HardCodedTextFinder(template.getFilename(), hardCoded));
            }
        }
        assertThat(hardCoded)
                .as("text in templates that does not come from a message bundle")
                .isEmpty();
    }

    private List<Resource> bundles() throws IOException {
        List<Resource> bundles = new ArrayList<>();
        for (Resource resource : resources.getResources("classpath*:/messages.properties")) {
            bundles.add(resource);
        }
        for (Resource resource : resources.getResources("classpath*:/i18n/*.properties")) {
            if (!resource.getFilename().contains("_")) {
                bundles.add(resource);
            }
        }
        assertThat(bundles).isNotEmpty();
        return bundles;
    }

    private List<Resource> templates() throws IOException {
        List<Resource> templates = List.of(resources.getResources("classpath*:/templates/**/*.html"));
        assertThat(templates).isNotEmpty();
        return templates;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Walks a template and records text that would reach the reader without passing a bundle. */
    private static final class HardCodedTextFinder extends AbstractSimpleMarkupHandler {

        private final String template;
        private final List<String> hardCoded;
        private final Deque<Boolean> replaced = new ArrayDeque<>();

        HardCodedTextFinder(String template, List<String> hardCoded) {
            this.template = template;
            this.hardCoded = hardCoded;
        }

        @Override
        public void handleOpenElement(String name, Map<String, String> attributes, int line, int col) {
            check(name, attributes, line);
            // a page puts its <html> into the layout, whose fragment then shows the page's own <main>
            boolean contentReplaced = name.equalsIgnoreCase("script")
                    || name.equalsIgnoreCase("style")
                    || !name.equalsIgnoreCase("html")
                            && attributes != null
                            && attributes.keySet().stream().anyMatch(REPLACING_ATTRIBUTES::contains);
            replaced.push(contentReplaced || Boolean.TRUE.equals(replaced.peek()));
        }

        @Override
        public void handleAutoOpenElement(String name, Map<String, String> attributes, int line, int col) {
            handleOpenElement(name, attributes, line, col);
        }

        @Override
        public void handleStandaloneElement(
                String name, Map<String, String> attributes, boolean minimized, int line, int col) {
            check(name, attributes, line);
        }

        @Override
        public void handleCloseElement(String name, int line, int col) {
            replaced.poll();
        }

        @Override
        public void handleAutoCloseElement(String name, int line, int col) {
            replaced.poll();
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len).strip();
            if (!Boolean.TRUE.equals(replaced.peek()) && WORDS.matcher(text).find()) {
                hardCoded.add(template + ":" + line + " \"" + text + "\"");
            }
        }

        private void check(String name, Map<String, String> attributes, int line) {
            if (attributes == null || Boolean.TRUE.equals(replaced.peek())) {
                return;
            }
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                String key = attribute.getKey().toLowerCase();
                boolean visible =
                        VISIBLE_ATTRIBUTES.contains(key) && !(key.equals("value") && !isButton(name, attributes));
                if (visible
                        && attribute.getValue() != null
                        && WORDS.matcher(attribute.getValue()).find()
                        && !attributes.containsKey("th:" + key)
                        && !attributes.containsKey("th:attr")) {
                    hardCoded.add(template + ":" + line + " " + key + "=\"" + attribute.getValue() + "\"");
                }
            }
        }

        private static boolean isButton(String name, Map<String, String> attributes) {
            String type = attributes.getOrDefault("type", "");
            return name.equalsIgnoreCase("input") && (type.equals("submit") || type.equals("button"));
        }
    }
}
