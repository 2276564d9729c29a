package org.deputyflow.notification.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.notification.domain.NotificationKind;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification mapper on the configured database; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class NotificationMapperTests {

    // whole seconds: the MySQL URL has sendFractionalSeconds=false, which the engine needs
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    NotificationMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    /** Recipients nobody else uses: the database is shared with every other test. */
    final String alice = login("alice");

    final String bob = login("bob");

    static String login(String name) {
        return "nm-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Notice notice(String key, String subject) {
        return Notice.typed(NotificationKind.REMINDER, key, 42L, subject, "正文：" + subject);
    }

    int insert(String recipient, Notice notice, Instant at) {
        return mapper.insertIfAbsent(
                new Delivery(
                        recipient,
                        notice,
                        notice.subject().getDefaultMessage(),
                        notice.text().getDefaultMessage(),
                        null),
                at);
    }

    long idOf(String recipient, String key) {
        return jdbc.queryForObject(
                "SELECT id FROM notification WHERE recipient = ? AND dedup_key = ?", Long.class, recipient, key);
    }

    @Test
    void a_key_is_stored_once_per_recipient() {
        Notice notice = notice("reminder:assignment:1:2026-03-01", "答复期限将至");

        assertThat(insert(alice, notice, T0)).isEqualTo(1);
        assertThat(insert(alice, notice, T0.plusSeconds(60))).isZero();
        assertThat(insert(bob, notice, T0)).isEqualTo(1);
        assertThat(insert(alice, notice("reminder:assignment:1:2026-03-14", "答复期限将至"), T0))
                .isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ?", Long.class, alice))
                .isEqualTo(2);
        assertThat(jdbc.queryForMap(
                        "SELECT kind, subject, body, suggestion_id, read_at FROM notification WHERE id = ?",
                        idOf(alice, notice.key())))
                .containsEntry("kind", "REMINDER")
                .containsEntry("subject", "答复期限将至")
                .containsEntry("body", "正文：答复期限将至")
                .containsEntry("suggestion_id", 42L)
                .containsEntry("read_at", null);
        assertThat(mapper.findOwn(idOf(alice, notice.key()), alice))
                .get()
                .extracting(Notification::createdAt)
                .isEqualTo(T0);
    }

    @Test
    void a_notice_about_no_suggestion_and_with_four_byte_characters_round_trips() {
        Notice notice = Notice.typed(
                NotificationKind.CO_SIGNATURE_REQUESTED, "co-sign:𠮷:1", null, "𠮷庆云代表邀请您附议🙂", "请在系统中答复附议邀请。");

        insert(alice, notice, T0);

        Notification stored = mapper.search(alice, false, 0, 10).get(0);
        assertThat(stored.subject()).isEqualTo("𠮷庆云代表邀请您附议🙂");
        assertThat(stored.kind()).isEqualTo(NotificationKind.CO_SIGNATURE_REQUESTED);
        assertThat(stored.suggestionId()).isNull();
        assertThat(stored.recipient()).isEqualTo(alice);
        assertThat(insert(alice, notice, T0)).isZero();
    }

    @Test
    void the_inbox_pages_newest_first_by_creation_time() {
        insert(alice, notice("k1", "第一条"), T0);
        insert(alice, notice("k3", "第三条"), T0.plusSeconds(120));
        // stored later but created earlier, e.g. by a job that ran late: it sorts by when it was created
        insert(alice, notice("k0", "更早的一条"), T0.minusSeconds(60));
        insert(alice, notice("k2a", "同时的甲"), T0.plusSeconds(60));
        insert(alice, notice("k2b", "同时的乙"), T0.plusSeconds(60));
        insert(bob, notice("k9", "别人的"), T0.plusSeconds(600));

        assertThat(mapper.count(alice, false)).isEqualTo(5);
        assertThat(mapper.search(alice, false, 0, 10))
                .extracting(Notification::subject)
                .containsExactly("第三条", "同时的乙", "同时的甲", "第一条", "更早的一条");
        assertThat(mapper.search(alice, false, 2, 2))
                .extracting(Notification::subject)
                .containsExactly("同时的甲", "第一条");
        assertThat(mapper.search(alice, false, 4, 2))
                .extracting(Notification::subject)
                .containsExactly("更早的一条");
        assertThat(mapper.search(alice, false, 6, 2)).isEmpty();
    }

    @Test
    void reading_marks_only_the_recipients_own_notification_and_keeps_the_first_reading() {
        insert(alice, notice("r1", "甲"), T0);
        insert(alice, notice("r2", "乙"), T0.plusSeconds(1));
        insert(bob, notice("r1", "甲"), T0);
        long alices = idOf(alice, "r1");
        long bobs = idOf(bob, "r1");

        assertThat(mapper.markRead(bobs, alice, T0.plusSeconds(10))).isZero();
        assertThat(mapper.findOwn(bobs, alice)).isEmpty();
        assertThat(mapper.markRead(alices, alice, T0.plusSeconds(10))).isEqualTo(1);
        assertThat(mapper.markRead(alices, alice, T0.plusSeconds(20))).isZero();

        assertThat(mapper.findOwn(alices, alice))
                .get()
                .extracting(Notification::readAt)
                .isEqualTo(T0.plusSeconds(10));
        assertThat(mapper.findOwn(bobs, bob))
                .get()
                .extracting(Notification::read)
                .isEqualTo(false);
        assertThat(mapper.count(alice, true)).isEqualTo(1);
        assertThat(mapper.search(alice, true, 0, 10))
                .extracting(Notification::subject)
                .containsExactly("乙");

        assertThat(mapper.markAllRead(alice, T0.plusSeconds(30))).isEqualTo(1);
        assertThat(mapper.count(alice, true)).isZero();
        assertThat(mapper.count(alice, false)).isEqualTo(2);
        assertThat(mapper.count(bob, true)).isEqualTo(1);
        assertThat(mapper.findOwn(alices, alice))
                .get()
                .extracting(Notification::readAt)
                .isEqualTo(T0.plusSeconds(10));
    }

    /**
     * What the service relies on when two runs of a job race: the unique key refuses the second row
     * as a DuplicateKeyException, and on H2 and MySQL only that statement fails, not the transaction.
     */
    @Test
    void a_duplicate_key_fails_its_statement_and_the_transaction_goes_on() {
        insert(alice, notice("dup", "甲"), T0);

        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> jdbc.update("""
            INSERT INTO notification (recipient, dedup_key, kind, subject, body, created_at)
            VALUES (?, 'dup', 'REMINDER', '甲', '甲', CURRENT_TIMESTAMP)""", alice));

        assertThat(insert(alice, notice("after", "乙"), T0)).isEqualTo(1);
        assertThat(mapper.count(alice, false)).isEqualTo(2);
    }

    @Test
    void an_empty_inbox_is_empty() {
        assertThat(mapper.count(alice, false)).isZero();
        assertThat(mapper.search(alice, false, 0, 20)).isEqualTo(List.of());
    }
}
