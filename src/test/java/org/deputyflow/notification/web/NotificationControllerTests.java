package org.deputyflow.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.TestDirectory;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The inbox API, for users that only this test knows so that their inboxes start empty. */
@DeputyFlowTest
class NotificationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    NotificationService notifications;

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
        me = users.user("me", Role.STAFF, null);
        someoneElse = users.user("else", Role.STAFF, null);
    }

    @AfterEach
    void cleanUp() {
        users.cleanUp();
    }

    /** Sends one notice to {@code login}; its key is its subject. */
    void send(String login, String subject) {
        notifications.notify(Notice.typed(NotificationKind.URGED, users.unique(subject), 42L, subject, "正文：" + subject)
                .to(login));
    }

    long idOf(String login, String subject) {
        return jdbc.queryForObject(
                "SELECT id FROM notification WHERE recipient = ? AND dedup_key = ?",
                Long.class,
                login,
                users.unique(subject));
    }

    ResultActions inbox(String login, String query) throws Exception {
        return mvc.perform(get("/api/notifications" + query).with(httpBasic(login, TestDirectory.PASSWORD)));
    }

    ResultActions read(String login, long id) throws Exception {
        return mvc.perform(post("/api/notifications/" + id + "/read").with(httpBasic(login, TestDirectory.PASSWORD)));
    }

    JsonNode body(ResultActions actions) throws Exception {
        return json.readTree(actions.andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void the_inbox_lists_the_callers_own_notifications_newest_first_with_the_unread_count() throws Exception {
        send(me, "第一条催办");
        send(me, "第二条催办");
        send(me, "第三条催办");
        send(someoneElse, "别人的通知");

        inbox(me, "")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.unread").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].subject").value("第三条催办"))
                .andExpect(jsonPath("$.items[0].text").value("正文：第三条催办"))
                .andExpect(jsonPath("$.items[0].kind").value("URGED"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("催办"))
                .andExpect(jsonPath("$.items[0].suggestionId").value(42))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[0].readAt").doesNotExist())
                .andExpect(jsonPath("$.items[0].createdAt").isNotEmpty())
                .andExpect(jsonPath("$.items[1].subject").value("第二条催办"))
                .andExpect(jsonPath("$.items[2].subject").value("第一条催办"));
    }

    @Test
    void a_notification_created_earlier_sorts_after_a_newer_one_whatever_the_order_of_storing() throws Exception {
        send(me, "新的");
        send(me, "旧的");
        jdbc.update(
                "UPDATE notification SET created_at = ? WHERE id = ?",
                LocalDateTime.of(2020, 1, 1, 0, 0),
                idOf(me, "旧的"));

        inbox(me, "")
                .andExpect(jsonPath("$.items[0].subject").value("新的"))
                .andExpect(jsonPath("$.items[1].subject").value("旧的"))
                .andExpect(jsonPath("$.items[1].createdAt").value("2020-01-01T00:00:00Z"));
    }

    @Test
    void the_inbox_pages_in_the_database_and_filters_the_unread() throws Exception {
        for (int i = 1; i <= 5; i++) {
            send(me, "通知" + i);
        }
        read(me, idOf(me, "通知4")).andExpect(status().isOk());

        inbox(me, "?page=1&size=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.unread").value(4))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].subject").value("通知3"))
                .andExpect(jsonPath("$.items[1].subject").value("通知2"));
        inbox(me, "?page=2&size=2")
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].subject").value("通知1"));
        inbox(me, "?unreadOnly=true&size=3")
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.unread").value(4))
                .andExpect(jsonPath("$.items[0].subject").value("通知5"))
                .andExpect(jsonPath("$.items[1].subject").value("通知3"))
                .andExpect(jsonPath("$.items[2].subject").value("通知2"));
        inbox(me, "?unreadOnly=false")
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[1].read").value(true));
    }

    @Test
    void an_empty_inbox_and_bad_paging() throws Exception {
        inbox(me, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.items.length()").value(0));
        inbox(me, "?size=0")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.size").isNotEmpty());
        inbox(me, "?unreadOnly=perhaps").andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void reading_a_notification_marks_it_read_once_and_again_changes_nothing() throws Exception {
        send(me, "待阅");
        send(me, "另一条");
        long id = idOf(me, "待阅");

        JsonNode first = body(read(me, id));
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("read").asBoolean()).isTrue();
        assertThat(first.get("subject").asText()).isEqualTo("待阅");
        String readAt = first.get("readAt").asText();
        assertThat(readAt).isNotEmpty();

        JsonNode again = body(read(me, id));
        assertThat(again.get("readAt").asText()).isEqualTo(readAt);

        inbox(me, "")
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void another_users_notification_is_not_found_and_stays_unread() throws Exception {
        send(someoneElse, "别人的");
        long foreign = idOf(someoneElse, "别人的");

        read(me, foreign)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("通知 " + foreign + " 不存在或无权查看"));
        read(me, Long.MAX_VALUE).andExpect(status().isNotFound());

        inbox(someoneElse, "").andExpect(jsonPath("$.unread").value(1));
        inbox(me, "").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void read_all_marks_every_unread_notification_of_the_caller_only() throws Exception {
        send(me, "甲");
        send(me, "乙");
        send(someoneElse, "丙");
        read(me, idOf(me, "甲")).andExpect(status().isOk());

        mvc.perform(post("/api/notifications/read-all").with(httpBasic(me, TestDirectory.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(1));
        mvc.perform(post("/api/notifications/read-all").with(httpBasic(me, TestDirectory.PASSWORD)))
                .andExpect(jsonPath("$.marked").value(0));

        inbox(me, "")
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.total").value(2));
        inbox(someoneElse, "").andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void a_notice_named_by_codes_is_read_in_each_readers_language_and_stored_in_the_offices() throws Exception {
        String key = users.unique("coded");
        notifications.notify(Notice.of(
                        NotificationKind.URGED,
                        key,
                        42L,
                        Text.of("error.notFound", Text.of("record.suggestion"), "42"),
                        Text.of("notification.kind.URGED"))
                .to(me));

        inbox(me, "")
                .andExpect(jsonPath("$.items[0].subject").value("建议 42 不存在或无权查看"))
                .andExpect(jsonPath("$.items[0].text").value("催办"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("催办"))
                .andExpect(jsonPath("$.items[0].texts").doesNotExist());
        mvc.perform(get("/api/notifications")
                        .header("Accept-Language", "en-GB,en;q=0.8")
                        .with(httpBasic(me, TestDirectory.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value("Suggestion 42 does not exist or you may not read it"))
                .andExpect(jsonPath("$.items[0].text").value("Urged"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Urged"));
        assertThat(jdbc.queryForObject(
                        "SELECT subject FROM notification WHERE recipient = ? AND dedup_key = ?",
                        String.class,
                        me,
                        key))
                .isEqualTo("建议 42 不存在或无权查看");
    }
}
