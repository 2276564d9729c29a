package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff run a satisfaction vote, a member casts a secret ballot, the public sees the result. */
@BrowserTest
class VoteBrowserTests {

    private final Browser browser;

    VoteBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void staff_run_a_vote_a_member_votes_and_the_result_is_published() {
        String title = "对市交通运输局工作的满意度测评 " + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn("staff1");
        browser.go("/votes/new");
        browser.type(testId("vote-title"), title);
        browser.set(
                testId("vote-meeting-date"),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.selectByText(testId("vote-department"), "市交通运输局");
        browser.type(testId("vote-report-title"), "关于建议办理工作情况的报告");
        browser.submit(testId("vote-create-button"));
        assertThat(browser.path()).matches("/votes/\\d+");
        String votePath = browser.path();

        for (int i = 1; i <= 20; i++) {
            browser.click(testId(String.format("attendance-member%02d", i)));
        }
        browser.submit(testId("vote-attendance-button"));
        browser.submit(testId("vote-open-button"));
        assertThat(browser.find(testId("vote-status")).getText()).isNotBlank();

        browser.signIn("member01");
        assertThat(browser.path()).isEqualTo("/member");
        browser.waitForText(title);
        browser.screenshot("home-member");
        browser.phoneScreenshot("home-member");
        By ballot = By.xpath("//*[@data-testid='open-vote'][contains(., '" + title + "')]"
                + "//*[@data-testid='ballot-choice-SATISFIED']");
        browser.click(ballot);
        browser.submit(By.xpath(
                "//*[@data-testid='open-vote'][contains(., '" + title + "')]" + "//*[@data-testid='ballot-submit']"));
        assertThat(browser.all(By.xpath("//*[@data-testid='open-vote'][contains(., '" + title + "')]")))
                .isEmpty();

        browser.signIn("staff1");
        browser.go(votePath);
        assertThat(browser.find(testId("ballots-cast")).getText()).contains("1");
        browser.submit(testId("vote-close-button"));
        assertThat(browser.find(testId("vote-outcome")).getText()).isNotBlank();

        browser.go("/public/votes");
        assertThat(browser.text()).contains(title, "市交通运输局");
    }
}
