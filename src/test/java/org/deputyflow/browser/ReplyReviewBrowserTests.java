package org.deputyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.browser.Browser.testId;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Staff review replies before publication on the preview page: one approved, one held back with a reason. */
@BrowserTest
class ReplyReviewBrowserTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReplyPublications publications;

    private final Browser browser;

    ReplyReviewBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void staff_approve_one_reply_and_hold_back_another_with_a_reason() throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long approved = replied(api, "浏览器审核：同意公开的答复");
        long held = replied(api, "浏览器审核：暂缓公开的答复");
        publications.openReviews();

        browser.signIn("staff1");
        browser.go("/disclosures/replies/" + approved);
        assertThat(browser.find(testId("reply-review-state")).getText()).isEqualTo("待审核");
        browser.screenshot("staff-reply-review");
        browser.phoneScreenshot("staff-reply-review");
        browser.submit(testId("reply-approve-button"));
        browser.waitForText("已同意公开，将在定时公开日公开。");
        assertThat(browser.find(testId("reply-review-state")).getText()).isEqualTo("已同意公开");
        assertThat(browser.all(testId("reply-approve-button"))).isEmpty();

        browser.go("/disclosures/replies/" + held);
        browser.type(testId("reply-hold-back-reason"), "答复涉及第三方的个人隐私");
        browser.submit(testId("reply-hold-back-button"));
        assertThat(browser.path()).isEqualTo("/disclosures/replies");
        browser.waitForText("已暂缓公开。");
        browser.go("/disclosures/replies/" + held);
        assertThat(browser.find(testId("reply-review-state")).getText()).isEqualTo("暂缓公开");
        assertThat(browser.find(testId("reply-review-reason")).getText()).isEqualTo("答复涉及第三方的个人隐私");
        assertThat(browser.all(testId("reply-publish-button"))).isEmpty();
    }

    /** A suggestion of deputy001's that dept01 answered and signed off: the id of its reply. */
    private long replied(SuggestionApi api, String title) throws Exception {
        long id = api.submit("deputy001", title);
        api.accept(id);
        api.assign(id, List.of("dept01"), List.of());
        api.handleAndReply("dept01", id, "A");
        return jdbc.queryForObject(
                "SELECT MAX(r.id) FROM reply r JOIN assignment a ON a.id = r.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                Long.class,
                id);
    }
}
