package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The pages' Content-Security-Policy allows no inline script, handler or style: a template that
 * brings one back would be broken in the browser, so it fails here first, with its name.
 */
class InlineCodeTests {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>" // a script element without a source file
                    + "|<style\\b" // a style element
                    + "|\\s(?:th:)?style\\s*=" // a style attribute
                    + "|\\s(?:th:)?on[a-z]+\\s*=" // an inline event handler
                    + "|\\shx-on(?::|-)" // htmx's inline handlers (they need eval)
                    + "|th:inline\\s*=\\s*\"javascript\""
                    + "|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void no_template_carries_inline_script_handlers_or_styles() throws IOException {
        List<String> found = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher inline = INLINE.matcher(html);
            while (inline.find()) {
                found.add(template.getFilename() + ": " + inline.group().trim());
            }
        }
        assertThat(found).isEmpty();
    }
}
