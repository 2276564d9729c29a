package org.deputyflow.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.TestDirectory;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox page, for users only this test knows, so that their inboxes start empty. */
@DeputyFlowTest
class InboxPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NotificationService notifications;

    @Autowired
    DirectoryService directory;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    TestDirectory users;
    String me;
    String someoneElse;

    @BeforeEach
    void users() {
        users = new TestDirectory(loading, encoder, jdbc);
        me = users.user("inbox-me", Role.STAFF, null);
        someoneElse = users.user("inbox-else", Role.STAFF, null);
    }

    @AfterEach
    void cleanUp() {
        users.cleanUp();
    }

    @Test
    void the_inbox_shows_only_the_callers_notices_and_marks_one_and_all_read() throws Exception {
        send(me, "给我的第一条");
        send(me, "给我的第二条");
        send(someoneElse, "给别人的通知");

        String page = page(me, "/notifications");
        assertThat(page)
                .contains("给我的第一条", "给我的第二条", "未读 2 条", "data-testid=\"mark-read-button\"")
                .doesNotContain("给别人的通知");

        long first = idOf(me, "给我的第一条");
        mvc.perform(post("/notifications/{id}/read", first)
                        .with(user(account(me)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(readAt(first)).isNotNull();
        assertThat(page(me, "/notifications")).contains("未读 1 条");
        assertThat(page(me, "/notifications?unreadOnly=true"))
                .contains("给我的第二条")
                .doesNotContain("给我的第一条");

        mvc.perform(post("/notifications/read-all").with(user(account(me))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "已将 1 条通知标为已读。"));
        assertThat(readAt(idOf(me, "给我的第二条"))).isNotNull();
        assertThat(readAt(idOf(someoneElse, "给别人的通知"))).isNull();
        assertThat(page(me, "/notifications?lang=en")).contains("0 unread", "Notifications");
    }

    @Test
    void somebody_elses_notice_cannot_be_marked_and_a_post_without_csrf_is_refused() throws Exception {
        send(someoneElse, "别人的");
        long theirs = idOf(someoneElse, "别人的");
        mvc.perform(post("/notifications/{id}/read", theirs)
                        .with(user(account(me)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(user(account(someoneElse))))
                .andExpect(status().isForbidden());
        assertThat(readAt(theirs)).isNull();
    }

    private void send(String login, String subject) {
        notifications.notify(Notice.typed(NotificationKind.URGED, users.unique(subject), null, subject, "正文：" + subject)
                .to(login));
    }

    private long idOf(String login, String subject) {
        return jdbc.queryForObject(
                "SELECT id FROM notification WHERE recipient = ? AND dedup_key = ?",
                Long.class,
                login,
                users.unique(subject));
    }

    private Object readAt(long id) {
        return jdbc.queryForObject("SELECT read_at FROM notification WHERE id = ?", Object.class, id);
    }

    private CurrentUser account(String login) {
        return directory.account(login).orElseThrow();
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(account(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
