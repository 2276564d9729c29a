package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import java.time.Instant;
import java.util.List;
import org.deputyflow.records.RecordsData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff open the deputies' records from their home, pick a year and a delegation, sort, and find who submitted nothing. */
@BrowserTest
class DeputyRecordsBrowserTests {

    static final Instant MID_1995 = Instant.parse("1995-06-01T02:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    DeputyRecordsBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void staff_sort_the_records_and_find_the_deputies_who_submitted_nothing() {
        RecordsData data = new RecordsData(jdbc);
        String delegation = RecordsData.unique("履职页面团");
        long a = data.deputy("履职页面A", delegation);
        long b = data.deputy("履职页面B", delegation);
        long c = data.deputy("履职页面C", delegation);
        data.suggestion(a, MID_1995);
        data.suggestion(a, MID_1995.plusSeconds(60));
        data.suggestion(b, MID_1995);

        browser.signIn("staff1");
        browser.go("/staff");
        browser.submit(By.id("staff-records-link"));
        assertThat(browser.path()).isEqualTo("/staff/deputies/records");
        browser.type(By.id("records-year"), "1995");
        browser.select(By.id("records-delegation"), delegation);
        browser.submit(testId("records-search"));
        assertThat(rows()).containsExactly(a, b, c);

        browser.submit(By.id("sort-suggestionsLed"));
        assertThat(rows()).containsExactly(c, b, a);
        browser.submit(By.id("sort-suggestionsLed"));
        assertThat(rows()).containsExactly(a, b, c);
        assertThat(browser.find(By.cssSelector("#records-list tbody tr[data-deputy-id='" + a + "'] .suggestions-led"))
                        .getText())
                .isEqualTo("2");
        browser.screenshot("staff-deputy-records");

        browser.click(By.id("records-inactive"));
        browser.submit(testId("records-search"));
        assertThat(rows()).containsExactly(c);
        assertThat(browser.find(testId("submitted-nothing")).getText()).isEqualTo("本年未提交");
        assertThat(browser.find(testId("records-csv")).getAttribute("href"))
                .contains("year=1995")
                .contains("inactive=true");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void a_deputy_reads_their_own_record_year_by_year_and_is_told_of_a_year_without_submissions() {
        RecordsData data = new RecordsData(jdbc);
        String login = "rec" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long deputy = data.deputyWithLogin(login, "履职本人", RecordsData.unique("履职本人团"));
        data.suggestion(deputy, MID_1995);
        data.suggestion(deputy, MID_1995.plusSeconds(60));

        browser.signIn(login);
        browser.click(By.id("nav-records"));
        assertThat(browser.path()).isEqualTo("/deputy/records");
        browser.go("/deputy/records?year=1996");
        assertThat(browser.find(testId("submitted-nothing")).getText()).isEqualTo("本年尚未领衔或附议任何建议和议案。");
        browser.click(By.id("records-previous-year"));
        assertThat(browser.find(By.cssSelector("#own-record .suggestions-led")).getText())
                .isEqualTo("2");
        assertThat(browser.all(testId("submitted-nothing"))).isEmpty();
        browser.screenshot("deputy-own-record");
        assertThat(browser.policyViolations()).isEmpty();
    }

    private List<Long> rows() {
        return browser.all(By.cssSelector("#records-list tbody tr")).stream()
                .map((WebElement row) -> Long.valueOf(row.getAttribute("data-deputy-id")))
                .toList();
    }
}
