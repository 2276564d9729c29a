package org.deputyflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.deputyflow.browser.Browser;
import org.deputyflow.browser.BrowserTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff add a chairpersons' council meeting on their meetings page; a key suggestion is designated
 * at it; the council finds the designation under the meeting on its decisions page.
 */
@BrowserTest
class MeetingBrowserTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final Browser browser;

    MeetingBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void staff_add_a_meeting_and_the_council_reads_what_it_decided() throws Exception {
        String number = "第十六届浏览器第" + System.nanoTime() % 1_000_000_000L + "次";
        browser.signIn("staff1");
        browser.go("/staff");
        browser.click(By.id("staff-meetings-link"));
        browser.select(By.id("kind"), "CHAIRPERSONS_COUNCIL");
        browser.type(By.id("number"), number);
        browser.set(By.id("heldOn"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.type(By.id("title"), "主任会议（浏览器）");
        browser.submit(By.id("meeting-add-button"));
        assertThat(browser.text()).contains("已登记会议 " + number);
        long meeting = jdbc.queryForObject("SELECT id FROM meeting WHERE number = ?", Long.class, number);
        assertThat(browser.all(By.cssSelector("[data-meeting-id='" + meeting + "']")))
                .hasSize(1);
        browser.screenshot("staff-meetings");

        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long suggestion = api.submit("deputy001", "关于在主任会议上确定的重点建议（浏览器）");
        api.accept(suggestion);
        api.read(api.post(
                "council1",
                "/api/key-suggestions",
                Map.of("suggestionId", suggestion, "supervisingLeader", "council1", "meetingId", meeting)));

        browser.signIn("council1");
        browser.go("/council");
        browser.click(By.id("council-meetings-link"));
        String section = browser.find(By.cssSelector("section[data-meeting-id='" + meeting + "']"))
                .getText();
        assertThat(section).contains(number).contains("确定为重点建议").contains("关于在主任会议上确定的重点建议（浏览器）");
        browser.screenshot("council-meetings");
    }
}
