package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import java.time.LocalDate;
import java.time.ZoneId;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff prepare a quarter's disclosure, the council approves it, anyone reads and downloads it. */
@BrowserTest
class DisclosureBrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    DisclosureBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void a_disclosure_is_reviewed_approved_and_published_on_the_public_pages() {
        browser.signIn("staff1");
        browser.go("/disclosures");
        browser.type(testId("disclosure-year"), "2008");
        browser.select(testId("disclosure-quarter"), "4");
        browser.submit(testId("disclosure-start-button"));
        assertThat(browser.path()).matches("/disclosures/\\d+");
        String disclosurePath = browser.path();
        browser.type(testId("disclosure-commentary"), "本季度各承办单位均按期答复。");
        browser.submit(testId("disclosure-review-button"));

        browser.signIn("council1");
        assertThat(browser.path()).isEqualTo("/council");
        browser.find(By.cssSelector("[data-testid='approval-list'] [data-disclosure-id]"));
        browser.screenshot("home-council");
        browser.phoneScreenshot("home-council");
        // the council approves at the meeting of the chairpersons' council held yesterday
        long meeting = TestMeetings.insert(
                jdbc,
                MeetingKind.CHAIRPERSONS_COUNCIL,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        browser.go(disclosurePath);
        browser.select(testId("disclosure-approve-meeting"), String.valueOf(meeting));
        browser.submit(testId("disclosure-approve-button"));
        browser.waitForText("已批准");

        browser.driver().manage().deleteAllCookies();
        browser.go("/public");
        browser.click(By.cssSelector("a[href$='/public/disclosures/2008-Q4']"));
        browser.waitForText("2008年第四季度");
        assertThat(browser.text()).contains("本季度各承办单位均按期答复。");
        assertThat(browser.all(By.cssSelector("a[href$='/public/disclosures/2008-Q4.pdf']")))
                .hasSize(1);
        assertThat(browser.all(By.cssSelector("a[href$='/public/disclosures/2008-Q4.csv']")))
                .hasSize(1);
        browser.screenshot("public-disclosure");
        browser.phoneScreenshot("public-disclosure");
    }
}
