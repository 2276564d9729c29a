package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff open the annual report from their home page, choose a year and find the draft and its Word link. */
@BrowserTest
class AnnualReportBrowserTests {

    private final Browser browser;

    AnnualReportBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void staff_choose_a_year_and_read_the_draft_with_its_word_document() {
        browser.signIn("staff1");
        browser.go("/staff");
        browser.submit(By.id("staff-annual-link"));
        assertThat(browser.path()).isEqualTo("/staff/reports/annual");

        browser.type(testId("annual-year"), "1987");
        browser.submit(testId("annual-submit"));

        assertThat(browser.find(testId("annual-title")).getText()).isEqualTo("1987年度代表建议办理情况的报告");
        assertThat(browser.find(testId("annual-received")).getText()).contains("一、代表建议的提出和交办情况", "1987年，代表共提出建议0件");
        assertThat(browser.find(testId("annual-votes")).getText()).contains("本年度没有安排满意度测评。");
        assertThat(browser.find(testId("annual-docx")).getAttribute("href")).endsWith("/api/reports/annual/1987.docx");
        browser.screenshot("annual-report");
        browser.phoneScreenshot("annual-report");
        assertThat(browser.policyViolations()).isEmpty();
    }
}
