package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A deputy attaches a file to a suggestion on its page, staff see it in the files panel, the deputy deletes it. */
@BrowserTest
class AttachmentBrowserTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private final Browser browser;

    AttachmentBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void a_deputy_attaches_a_file_that_staff_then_see_and_the_deputy_deletes_it() throws Exception {
        long suggestion = new SuggestionApi(mvc, json, jdbc).submit("deputy095", "关于附件页面操作的建议");
        Path pdf = file("现场调研报告.pdf", "%PDF-1.4\n%%EOF\n");

        browser.signIn("deputy095");
        browser.go("/suggestions/" + suggestion);
        assertThat(browser.find(testId("attachments-empty")).getText()).isEqualTo("没有附件。");
        browser.find(testId("attachment-file")).sendKeys(pdf.toString());
        browser.submit(testId("attachment-upload"));
        browser.waitForText("已上传附件“现场调研报告.pdf”。");
        assertThat(browser.find(testId("attachment-link")).getText()).isEqualTo("现场调研报告.pdf");
        browser.screenshot("deputy-suggestion-attachments");

        browser.find(testId("attachment-file"))
                .sendKeys(file("程序.pdf", "MZ\u0000\u0000").toString());
        browser.submit(testId("attachment-upload"));
        browser.waitForText("内容不是允许的类型");

        browser.signIn("staff1");
        browser.go("/suggestions/" + suggestion);
        assertThat(browser.find(testId("attachment-link")).getText()).isEqualTo("现场调研报告.pdf");
        assertThat(browser.all(testId("attachment-upload-form"))).isEmpty();
        assertThat(browser.all(testId("attachment-delete"))).isEmpty();

        browser.signIn("deputy095");
        browser.go("/suggestions/" + suggestion);
        browser.submit(testId("attachment-delete"));
        browser.waitForText("已删除附件“现场调研报告.pdf”。");
        assertThat(browser.find(testId("attachments-empty")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("attachment-upload-form")).isDisplayed()).isTrue();
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void a_handler_attaches_a_file_to_the_reply_that_the_deputy_reads_once_it_is_signed_off() throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long suggestion = api.submit("deputy095", "关于答复附件页面操作的建议");
        api.accept(suggestion);
        api.assign(suggestion, java.util.List.of("dept29"), java.util.List.of());
        api.claim("dept29-handler", suggestion);
        api.contact("dept29-handler", suggestion);
        api.read(api.reply("dept29-handler", suggestion, "A"));
        long reply = jdbc.queryForObject(
                "SELECT MAX(r.id) FROM reply r JOIN assignment a ON a.id = r.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                Long.class,
                suggestion);
        String panel = "#reply-" + reply + "-attachments ";

        browser.signIn("dept29-handler");
        browser.go("/suggestions/" + suggestion);
        browser.find(By.id("reply-" + reply + "-attachment-file"))
                .sendKeys(file("答复函.pdf", "%PDF-1.4\n%%EOF\n").toString());
        browser.submit(By.id("reply-" + reply + "-attachment-upload"));
        browser.waitForText("已上传附件“答复函.pdf”。");
        assertThat(browser.find(By.cssSelector(panel + "[data-testid='attachment-link']"))
                        .getText())
                .isEqualTo("答复函.pdf");
        browser.screenshot("handler-reply-attachments");
        browser.find(By.id("reply-" + reply + "-attachment-file"))
                .sendKeys(file("草稿.pdf", "%PDF-1.4\n%%EOF\n").toString());
        browser.submit(By.id("reply-" + reply + "-attachment-upload"));
        browser.waitForText("已上传附件“草稿.pdf”。");
        browser.find(By.cssSelector(panel + "[data-testid='attachment-link']"));
        browser.submit(By.xpath("//section[@id='reply-" + reply + "-attachments']//tr[td/a[text()='草稿.pdf']]"
                + "//button[@data-testid='attachment-delete']"));
        browser.waitForText("已删除附件“草稿.pdf”。");

        api.signOff("dept29-leader", suggestion, true);
        browser.signIn("deputy095");
        browser.go("/suggestions/" + suggestion);
        assertThat(browser.find(By.cssSelector(panel + "[data-testid='attachment-link']"))
                        .getText())
                .isEqualTo("答复函.pdf");
        assertThat(browser.all(By.cssSelector(panel + "[data-testid='attachment-upload-form']")))
                .isEmpty();
        assertThat(browser.all(By.cssSelector(panel + "[data-testid='attachment-delete']")))
                .isEmpty();
        assertThat(browser.policyViolations()).isEmpty();
    }

    private Path file(String name, String content) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, content, StandardCharsets.ISO_8859_1);
        return path;
    }
}
