package org.deputyflow.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user task of the BPMN files has its name in the bundles ({@code task.<id>}), the Chinese one the same as
 * the BPMN's, so that a task list reads the step in the reader's language and Cockpit and the pages agree.
 */
class TaskNameTests {

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");

    @Test
    void every_user_task_is_named_in_both_languages_and_the_chinese_is_the_bpmn_name() throws IOException {
        Map<String, String> tasks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher task = USER_TASK.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (task.find()) {
                    tasks.put(task.group(1), task.group(2));
                }
            }
        }
        Properties chinese = MessageBundleTests.load("messages.properties");
        Properties english = MessageBundleTests.load("messages_en.properties");
        assertThat(tasks).isNotEmpty();
        tasks.forEach((id, name) -> {
            assertThat(chinese.getProperty("task." + id)).as(id).isEqualTo(name);
            assertThat(english.getProperty("task." + id)).as(id).isNotBlank();
        });
    }
}
