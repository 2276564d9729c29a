package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervising leader finds a key suggestion on their list, sends an instruction, records a
 * meeting and drafts the progress sentence; the department acknowledges the instruction; staff
 * approve the sentence.
 */
@BrowserTest
class SupervisionBrowserTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendar;

    private final Browser browser;

    SupervisionBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void a_key_suggestion_is_supervised_from_the_leaders_list_to_the_departments_acknowledgement() throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long id = api.submit("deputy034", "浏览器督办：老旧管网改造");
        api.accept(id);
        api.assign(id, List.of("dept16"), List.of());
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));

        browser.signIn("council1");
        browser.submit(By.id("nav-supervision"));
        assertThat(browser.path()).isEqualTo("/council/supervision");
        browser.find(By.cssSelector("#supervised-list tr[data-suggestion-id='" + id + "'] .department-clock"));
        browser.screenshot("council-supervision");
        browser.submit(By.cssSelector("#supervised-list tr[data-suggestion-id='" + id + "'] a"));
        assertThat(browser.path()).isEqualTo("/suggestions/" + id + "/supervision");

        browser.type(By.id("instruction-content"), "请在两周内拿出分段施工方案");
        browser.submit(testId("send-instruction"));
        browser.waitForText("督办意见已发送");
        browser.select(By.id("activity-kind"), "MEETING");
        browser.set(By.id("activity-held-on"), calendar.today().toString());
        browser.type(By.id("activity-participants"), "领衔代表、承办单位");
        browser.type(By.id("activity-summary"), "面商确定施工顺序");
        browser.submit(testId("record-activity"));
        browser.waitForText("面商确定施工顺序");
        browser.type(By.id("progress-text"), "施工方案已确定，正在分段实施");
        browser.submit(testId("draft-progress"));
        assertThat(browser.find(testId("progress-draft")).getText()).isEqualTo("施工方案已确定，正在分段实施");
        browser.screenshot("supervision-page");
        assertThat(browser.policyViolations()).isEmpty();

        browser.signIn("dept16-handler");
        browser.submit(By.id("nav-instructions"));
        assertThat(browser.path()).isEqualTo("/department/instructions");
        // open instructions come first
        String recipient = browser.find(By.cssSelector("section.instruction")).getAttribute("data-recipient-id");
        browser.type(By.id("reply-" + recipient), "已成立专班");
        browser.screenshot("department-instructions");
        browser.submit(By.cssSelector("[data-recipient-id='" + recipient + "'] .acknowledge-button"));
        browser.waitForText("已签收督办意见");
        assertThat(browser.find(By.cssSelector("[data-recipient-id='" + recipient + "'] [data-testid='acknowledged']"))
                        .getText())
                .contains("dept16-handler");

        browser.signIn("staff1");
        browser.go("/suggestions/" + id + "/supervision");
        assertThat(browser.text()).contains("已成立专班");
        browser.submit(testId("approve-progress"));
        assertThat(browser.find(testId("progress-approved")).getText()).isEqualTo("施工方案已确定，正在分段实施");
        assertThat(browser.policyViolations()).isEmpty();
    }
}
