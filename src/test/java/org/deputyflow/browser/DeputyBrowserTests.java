package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import java.time.Duration;
import java.util.UUID;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A deputy submits with a co-signer found by the htmx picker; the co-signer confirms; the diagram shows screening. */
@BrowserTest
class DeputyBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    DeputyBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void a_deputy_submits_with_a_co_signer_who_confirms_and_the_diagram_shows_screening() {
        String title = "关于增设公交站台的建议 " + UUID.randomUUID().toString().substring(0, 8);
        String coSignerName = jdbc.queryForObject(
                "SELECT d.name FROM deputy d JOIN app_user u ON u.deputy_id = d.id " + "WHERE u.login = 'deputy087'",
                String.class);

        browser.signIn("deputy086");
        assertThat(browser.path()).isEqualTo("/deputy");
        browser.screenshot("home-deputy");
        browser.submit(testId("new-suggestion-button"));
        assertThat(browser.path()).isEqualTo("/deputy/suggestions/new");
        browser.type(By.id("title"), title);
        browser.type(By.id("content"), "站台间距过大，老人候车不便，建议增设站台。");
        browser.type(By.id("category"), "交通运输");
        browser.click(testId("period-SESSION"));
        browser.type(testId("co-signer-search"), coSignerName);
        // Enter searches and does not submit; a chosen co-signer can be removed and chosen again
        browser.find(testId("co-signer-search")).sendKeys(Keys.ENTER);
        browser.click(testId("co-signer-add"));
        browser.click(testId("co-signer-remove"));
        assertThat(browser.all(testId("co-signer-chosen"))).isEmpty();
        assertThat(browser.path()).isEqualTo("/deputy/suggestions/new");
        browser.click(testId("co-signer-add"));
        WebElement chosen = browser.find(testId("co-signer-chosen"));
        assertThat(chosen.getText()).contains(coSignerName);
        browser.submit(testId("suggestion-submit"));

        assertThat(browser.path()).matches("/suggestions/\\d+");
        String page = browser.path();
        assertThat(browser.find(testId("suggestion-status")).getAttribute("data-status"))
                .isEqualTo("AWAITING_COSIGNERS");
        assertThat(browser.all(testId("signer-row"))).hasSize(2);
        waitForDiagram();

        browser.signIn("deputy087");
        browser.waitForText(title);
        browser.submit(By.xpath("//*[@data-testid='co-signature-row'][contains(., '" + title + "')]"
                + "//*[@data-testid='cosign-accept']"));
        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.find(testId("suggestion-status")).getAttribute("data-status"))
                .isEqualTo("SUBMITTED");
        WebElement diagram = waitForDiagram();
        assertThat(diagram.getAttribute("data-active")).contains(SuggestionProcess.TASK_SCREEN);
        assertThat(browser.all(By.cssSelector("#process-diagram .highlight"))).isNotEmpty();
        browser.resize(375, 900);
        browser.screenshot("suggestion-page-phone");
        browser.resize(1280, 1000);
    }

    private WebElement waitForDiagram() {
        WebElement diagram = browser.find(testId("process-diagram"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> diagram.getAttribute("data-rendered") != null);
        assertThat(diagram.getAttribute("data-rendered")).isEqualTo("true");
        return diagram;
    }
}
