package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole life of a suggestion, clicked through in the browser as each role takes its turn:
 * submitted with a co-signer, screened, assigned to a lead and a co-unit, answered, rated
 * unsatisfied, handled again, answered again and rated satisfied.
 */
@BrowserTest
class SuggestionLifecycleBrowserTests {

    private static final String DEPUTY = "deputy090";
    private static final String CO_SIGNER = "deputy091";
    private static final String LEAD = "dept25";
    private static final String CO_UNIT = "dept26";

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    SuggestionLifecycleBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void a_suggestion_goes_from_submission_through_re_handling_to_a_satisfied_deputy() {
        String title = "关于老旧小区加装电梯的建议 " + UUID.randomUUID().toString().substring(0, 8);

        // the deputy submits with a co-signer found by name
        browser.signIn(DEPUTY);
        browser.submit(testId("new-suggestion-button"));
        browser.type(By.id("title"), title);
        browser.type(By.id("content"), "老旧小区居民多为老年人，上下楼困难，建议加快加装电梯并简化审批。");
        browser.type(By.id("category"), "城乡建设");
        browser.click(testId("period-SESSION"));
        browser.type(testId("co-signer-search"), deputyName(CO_SIGNER));
        browser.click(testId("co-signer-add"));
        browser.find(testId("co-signer-chosen"));
        browser.submit(testId("suggestion-submit"));
        String page = browser.path();
        assertThat(page).matches("/suggestions/\\d+");
        long id = Long.parseLong(page.substring("/suggestions/".length()));
        assertThat(status()).isEqualTo("AWAITING_COSIGNERS");

        // the co-signer confirms on their home
        browser.signIn(CO_SIGNER);
        browser.submit(By.cssSelector("[data-testid='co-signature-row'][data-suggestion-id='" + id + "'] "
                + "[data-testid='cosign-accept']"));
        assertThat(status()).isEqualTo("SUBMITTED");

        // staff screen it and assign a lead unit and a co-unit
        browser.signIn("staff1");
        browser.find(By.cssSelector("#screening-queue [data-suggestion-id='" + id + "']"));
        browser.screenshot("home-staff");
        browser.phoneScreenshot("home-staff");
        browser.go(page);
        browser.submit(testId("screen-accept"));
        assertThat(status()).isEqualTo("ACCEPTED");
        browser.select(By.id("assign-leads"), departmentId(LEAD));
        browser.select(By.id("assign-cos"), departmentId(CO_UNIT));
        browser.submit(testId("assign-button"));
        assertThat(status()).isEqualTo("IN_HANDLING");

        // the co-unit claims and sends its opinion
        browser.signIn(CO_UNIT + "-handler");
        browser.go(page);
        claimIfOffered();
        browser.type(By.id("opinion-content"), "协办意见：住建部门可简化加装电梯审批流程，给予财政补贴。");
        browser.submit(testId("opinion-submit"));
        assertThat(departmentPanel().getAttribute("data-assignment-state")).isEqualTo("OPINION_GIVEN");

        // the lead unit's handler claims from the queue, logs a contact and replies
        browser.signIn(LEAD + "-handler");
        browser.screenshot("home-department");
        browser.phoneScreenshot("home-department");
        browser.submit(By.cssSelector(
                "[data-testid='queue-row'][data-suggestion-id='" + id + "'] " + "[data-testid='claim-button']"));
        browser.go(page);
        logContact("电话联系代表，了解小区加装电梯的具体困难。");
        reply("A", "已将该小区纳入今年加装电梯计划，审批时限压缩至15个工作日。");

        // the leader signs the reply off
        browser.signIn(LEAD + "-leader");
        browser.find(By.cssSelector("[data-testid='sign-off-row'][data-suggestion-id='" + id + "']"));
        browser.screenshot("home-leader");
        browser.phoneScreenshot("home-leader");
        browser.go(page);
        browser.submit(testId("sign-off-approve"));
        assertThat(status()).isEqualTo("REPLIED");

        // the deputy is not satisfied
        browser.signIn(DEPUTY);
        browser.find(By.cssSelector("[data-testid='evaluate-row'][data-suggestion-id='" + id + "']"));
        browser.screenshot("home-deputy");
        browser.phoneScreenshot("home-deputy");
        browser.go(page);
        evaluate("UNSATISFIED", "答复只有计划，没有落实时间表。");
        assertThat(status()).isEqualTo("AWAITING_REHANDLING_DECISION");

        // staff order re-handling
        browser.signIn("staff1");
        browser.go(page);
        browser.submit(testId("rehandling-required"));
        assertThat(status()).isEqualTo("REHANDLING");
        // the charts draw under the pages' Content-Security-Policy (no inline script, no inline style)
        browser.go("/staff/dashboard?from=2000-01-01&to=2099-12-31");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "true".equals(browser.find(By.id("chart-rates")).getAttribute("data-rendered")));
        assertThat(browser.all(By.cssSelector("#chart-rates canvas"))).isNotEmpty();

        // the handler replies again and the leader signs off again
        browser.signIn(LEAD + "-handler");
        browser.go(page);
        claimIfOffered();
        if (browser.all(By.id("reply-form")).isEmpty()) {
            logContact("再次上门听取代表意见，明确开工时间。");
        }
        reply("A", "电梯已于本月开工，预计三个月内投入使用，每周向代表通报进度。");
        browser.signIn(LEAD + "-leader");
        browser.go(page);
        browser.submit(testId("sign-off-approve"));

        // now the deputy is satisfied and the suggestion is closed
        browser.signIn(DEPUTY);
        browser.go(page);
        evaluate("SATISFIED", null);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(browser.all(By.cssSelector("[data-testid='timeline-entry'][data-action='EVALUATED']")))
                .hasSize(2);
        assertThat(browser.all(By.cssSelector("[data-testid='timeline-entry'][data-action='REHANDLING_ORDERED']")))
                .hasSize(1);
        browser.phoneScreenshot("suggestion-closed");

        browser.signIn("admin");
        browser.screenshot("home-admin");
        browser.phoneScreenshot("home-admin");
    }

    private String status() {
        return browser.find(testId("suggestion-status")).getAttribute("data-status");
    }

    private org.openqa.selenium.WebElement departmentPanel() {
        return browser.find(By.cssSelector("#department-actions[data-suggestion-id]"));
    }

    private void claimIfOffered() {
        departmentPanel();
        if (!browser.all(By.cssSelector("#department-actions [data-testid='claim-button']"))
                .isEmpty()) {
            browser.submit(By.cssSelector("#department-actions [data-testid='claim-button']"));
            departmentPanel();
        }
    }

    private void logContact(String summary) {
        departmentPanel();
        browser.type(By.id("contact-summary"), summary);
        browser.submit(testId("contact-submit"));
    }

    private void reply(String resultClass, String text) {
        departmentPanel();
        browser.select(By.id("reply-result-class"), resultClass);
        browser.type(By.id("reply-content"), text);
        browser.submit(testId("reply-submit"));
        assertThat(departmentPanel().getAttribute("data-assignment-state")).isEqualTo("AWAITING_SIGN_OFF");
    }

    private void evaluate(String rating, String reason) {
        browser.click(testId("attitude-" + rating));
        browser.click(testId("result-" + rating));
        if (reason != null) {
            browser.type(testId("evaluation-reason"), reason);
        }
        browser.submit(testId("evaluation-submit"));
    }

    private String deputyName(String login) {
        return jdbc.queryForObject(
                "SELECT d.name FROM deputy d JOIN app_user u ON u.deputy_id = d.id WHERE u.login = ?",
                String.class,
                login);
    }

    private String departmentId(String code) {
        return String.valueOf(jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code));
    }
}
