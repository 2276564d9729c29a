package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.deputyflow.browser.Browser;
import org.deputyflow.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referred motion's life after its committee report, clicked through on its page: the council
 * lists it, staff record the meeting that adopted it and then its implementation report, and the
 * lead deputy reads all of it. Getting there (signers, form check, referral, report) goes through the API.
 */
@BrowserTest
class MotionAfterListingBrowserTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    MotionAfterListingBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void the_council_lists_a_reported_motion_and_staff_record_its_adoption_and_implementation() throws Exception {
        MotionApi api = new MotionApi(mvc, json, jdbc);
        String title = "关于制定无障碍环境建设条例的议案 " + UUID.randomUUID().toString().substring(0, 8);
        long id = api.signed("deputy050", title, 51);
        api.review(id, true, null);
        api.decide(id, "REFER_TO_COMMITTEE", "社会建设委员会");
        api.report(id, "社会建设委员会建议提请常委会会议审议", "PUT_ON_AGENDA");
        String page = "/motions/" + id;

        browser.signIn("council1");
        browser.go(page);
        assertThat(browser.find(testId("second-decision-PUT_ON_AGENDA")).isDisplayed())
                .isTrue();
        assertThat(browser.text()).contains("专门委员会建议：提请常委会会议审议");
        browser.click(testId("second-decision-PUT_ON_AGENDA"));
        browser.submit(testId("second-decision-submit-button"));
        assertThat(status()).isEqualTo("ON_AGENDA");

        browser.signIn("staff1");
        browser.go(page);
        browser.set(
                By.id("meeting-date"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.type(By.id("meeting-number"), "市十六届人大常委会第二十一次会议");
        browser.click(testId("meeting-outcome-ADOPTED_LAW"));
        browser.submit(testId("meeting-submit-button"));
        assertThat(status()).isEqualTo("IMPLEMENTING");
        assertThat(browser.find(By.id("motion-implementation-due")).getText())
                .isEqualTo(api.dossier("staff1", id)
                        .get("deliberation")
                        .get("implementationDue")
                        .asText());
        browser.screenshot("motion-implementation-form");
        browser.type(By.id("implementation-text"), "条例已公布施行，配套规定已制定。");
        browser.submit(testId("implementation-submit-button"));
        assertThat(status()).isEqualTo("IMPLEMENTED");

        browser.signIn("deputy050");
        browser.go(page);
        assertThat(browser.find(By.id("motion-meeting-outcome")).getText()).isEqualTo("通过为地方性法规");
        assertThat(browser.find(By.id("motion-implementation-report")).getText())
                .isEqualTo("条例已公布施行，配套规定已制定。");
        assertThat(browser.all(By.id("motion-actions"))).isEmpty();
        browser.resize(375, 900);
        browser.screenshot("motion-after-listing-phone");
        browser.resize(1280, 1000);
    }

    private String status() {
        return browser.find(By.cssSelector("main[data-status]")).getAttribute("data-status");
    }
}
