package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.deputyflow.TestClock;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.AccountProperties;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.SignInAttempts;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.notification.domain.OutboxMail;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through the outbox and an in-process SMTP server, with the notification and directory
 * services on the configured database and real transactions that commit or roll back.
 * <p>
 * The only test with mail enabled, and so with a Spring context of its own. It leaves the engine,
 * the web layer and the schedule out: the tests call the sender themselves, and move the clock
 * instead of waiting for back-off. A "down" mail server is the sender pointed at a closed port.
 * <p>
 * The sender is synchronous: when {@code sendDue()} returns, every e-mail it sent has been accepted.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ImportAutoConfiguration({
    MailSenderAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    MessageSourceAutoConfiguration.class
})
@Import({
    NotificationService.class,
    NoticeTexts.class,
    OfficeWords.class,
    MailOutbox.class,
    MailOutboxSender.class,
    MailOutboxes.class,
    DirectoryService.class,
    LoadingDirectory.class,
    SignInAttempts.class,
    AuditTrail.class,
    NotificationMailTests.Beans.class
})
@TestPropertySource(
        properties = {
            "deputyflow.mail.enabled=true",
            "deputyflow.mail.from=noreply@deputyflow.test",
            "spring.mail.host=127.0.0.1",
            "deputyflow.mail.outbox.max-attempts=3",
            "deputyflow.mail.outbox.first-delay=1m",
            "deputyflow.mail.outbox.max-delay=90s",
            "deputyflow.mail.outbox.lock-timeout=2m"
        })
class NotificationMailTests {

    static final long TIMEOUT_MS = 10_000;

    /**
     * Started when the class loads: Spring builds the context, which needs the port, before any
     * JUnit callback of this class runs.
     */
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({NotificationMailProperties.class, AccountProperties.class})
    static class Beans {

        @Bean
        TestClock clock() {
            return new TestClock();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    MailOutboxSender sender;

    @Autowired
    NotificationMailProperties properties;

    @Autowired
    MailOutboxes outboxes;

    @Autowired
    MailOutboxMapper outbox;

    @Autowired
    JavaMailSenderImpl mailServer;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clock;

    TestDirectory users;
    Instant start;

    @BeforeEach
    void users() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        users = new TestDirectory(loading, new BCryptPasswordEncoder(4), jdbc);
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
    }

    @AfterEach
    void cleanUp() {
        mailServer.setPort(smtp.getSmtp().getPort());
        clock.reset();
        users.cleanUp();
    }

    String withAddress(String name) {
        String login = users.user(name, Role.STAFF, null);
        users.email(login, address(name));
        return login;
    }

    String address(String name) {
        return users.unique(name) + "@deputyflow.test";
    }

    Notice notice(String event, String subject) {
        return Notice.typed(NotificationKind.URGED, users.unique(event), 42L, subject, "请于本周内办理并答复代表。𠮷");
    }

    OutboxMail row(Notice notice, String login) {
        Long id = jdbc.queryForObject(
                "SELECT id FROM mail_outbox WHERE notice_key = ? AND recipient_login = ?",
                Long.class,
                notice.key(),
                login);
        return outbox.find(id).orElseThrow();
    }

    long rows(Notice notice) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE notice_key = ?", Long.class, notice.key());
    }

    List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    static String to(MimeMessage message) throws Exception {
        return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    void moveClock(Duration by) {
        clock.set(clock.instant().plus(by));
    }

    void mailServerDown() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            mailServer.setPort(socket.getLocalPort());
        }
    }

    @Test
    void a_backlog_longer_than_a_batch_is_drained_at_once_while_one_round_takes_a_batch() throws Exception {
        int batch = properties.outbox().batchSize();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < 2 * batch + 7; i++) {
            String login = withAddress("backlog" + i);
            logins.add(login);
            notifications.notify(notice("backlog-" + i, "积压的通知 " + i).to(login));
        }
        assertThat(sender.sendDue()).isEqualTo(batch);
        assertThat(unsent(logins)).isEqualTo(batch + 7);

        assertThat(sender.drain(Duration.ofMinutes(1))).isGreaterThanOrEqualTo(batch + 7);
        assertThat(unsent(logins)).isZero();
        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 2 * batch + 7)).isTrue();
    }

    long unsent(List<String> logins) {
        return logins.stream()
                .mapToLong(login -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM mail_outbox" + " WHERE recipient_login = ? AND status <> 'SENT'",
                        Long.class,
                        login))
                .sum();
    }

    @Test
    void a_notice_is_mailed_with_its_chinese_subject_and_text_intact() throws Exception {
        String login = withAddress("reader");
        Notice notice = notice("urge", "催办：关于𠮷祥路拓宽改造的建议").to(login);

        assertThat(notifications.notify(notice)).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("催办：关于𠮷祥路拓宽改造的建议");
        assertThat(to(mail)).isEqualTo(address("reader"));
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@deputyflow.test");
        assertThat(from.getPersonal()).isEqualTo("代表建议办理系统");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent())).startsWith("请于本周内办理并答复代表。𠮷").contains("请勿直接回复");
        OutboxMail row = row(notice, login);
        assertThat(row.status()).isEqualTo(MailStatus.SENT);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.sentAt()).isEqualTo(start);
    }

    @Test
    void the_notice_only_queues_the_mail_which_the_sender_sends_later() throws Exception {
        String login = withAddress("queued");
        Notice notice = notice("queued", "稍后发出").to(login);

        transaction.executeWithoutResult(status -> notifications.notify(notice));

        assertThat(received()).isEmpty();
        assertThat(row(notice, login).status()).isEqualTo(MailStatus.PENDING);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 1)).isTrue();
        assertThat(received()).extracting(MimeMessage::getSubject).containsExactly("稍后发出");
    }

    @Test
    void a_notice_delivered_twice_is_queued_and_mailed_once() throws Exception {
        String login = withAddress("twice");
        Notice notice = notice("reminder:twice", "提醒：答复期限还有 3 天").to(login);

        assertThat(notifications.notify(notice)).isEqualTo(1);
        assertThat(notifications.notify(notice)).isZero();
        assertThat(rows(notice)).isEqualTo(1);

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(notifications.notify(notice)).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(received()).extracting(MimeMessage::getSubject).containsExactly("提醒：答复期限还有 3 天");
    }

    @Test
    void nothing_is_queued_mailed_or_stored_when_the_transaction_rolls_back() throws Exception {
        String login = withAddress("rollback");
        Notice notice = notice("rolled-back", "不应发出").to(login);

        transaction.executeWithoutResult(status -> {
            assertThat(notifications.notify(notice)).isEqualTo(1);
            assertThat(rows(notice)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(rows(notice)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE dedup_key = ?", Long.class, notice.key()))
                .isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void a_recipient_without_an_address_gets_the_inbox_notice_only() throws Exception {
        String withAddress = withAddress("mailed");
        String withoutAddress = users.user("inbox-only", Role.STAFF, null);
        Notice notice = notice("mixed", "部分邮件").to(withAddress, withoutAddress);

        assertThat(notifications.notify(notice)).isEqualTo(2);

        assertThat(rows(notice)).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(received()).hasSize(1);
        assertThat(to(received().get(0))).isEqualTo(address("mailed"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE dedup_key = ?", Long.class, notice.key()))
                .isEqualTo(2);
    }

    @Test
    void a_failed_mail_neither_undoes_the_notice_nor_stops_the_other_mails() throws Exception {
        String broken = users.user("broken", Role.STAFF, null);
        users.email(broken, "不是邮箱地址 @@");
        String fine = withAddress("fine");
        Notice notice = notice("partly-failed", "一封失败一封成功").to(broken, fine);

        assertThat(notifications.notify(notice)).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(received()).hasSize(1);
        assertThat(to(received().get(0))).isEqualTo(address("fine"));
        OutboxMail failed = row(notice, broken);
        assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(jdbc.queryForList(
                        "SELECT recipient FROM notification WHERE dedup_key = ?", String.class, notice.key()))
                .containsExactlyInAnyOrder(broken, fine);
    }

    @Test
    void while_the_mail_server_is_down_mails_wait_with_back_off_and_are_sent_once_when_it_returns() throws Exception {
        String first = withAddress("outage1");
        String second = withAddress("outage2");
        Notice notice = notice("outage", "邮件服务器中断期间").to(first, second);
        notifications.notify(notice);
        mailServerDown();

        assertThat(sender.sendDue()).isZero();
        assertThat(row(notice, first).status()).isEqualTo(MailStatus.PENDING);
        assertThat(row(notice, first).attempts()).isEqualTo(1);
        assertThat(row(notice, first).nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(row(notice, first).lastError()).isNotBlank();

        // not due again before the back-off has passed
        moveClock(Duration.ofSeconds(59));
        assertThat(sender.sendDue()).isZero();
        assertThat(row(notice, first).attempts()).isEqualTo(1);

        moveClock(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(row(notice, second).attempts()).isEqualTo(2);
        // doubled, up to the longest delay
        assertThat(row(notice, second).nextAttemptAt())
                .isEqualTo(clock.instant().plus(Duration.ofSeconds(90)));
        assertThat(received()).isEmpty();

        mailServer.setPort(smtp.getSmtp().getPort());
        moveClock(Duration.ofSeconds(90));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(sender.sendDue()).isZero();

        assertThat(received())
                .extracting(NotificationMailTests::to)
                .containsExactlyInAnyOrder(address("outage1"), address("outage2"));
        assertThat(row(notice, first).status()).isEqualTo(MailStatus.SENT);
        assertThat(row(notice, second).status()).isEqualTo(MailStatus.SENT);
        assertThat(row(notice, second).attempts()).isEqualTo(3);
    }

    @Test
    void after_the_last_attempt_a_mail_is_failed_listed_for_admins_and_an_admin_retry_sends_it() throws Exception {
        String login = withAddress("given-up");
        Notice notice = notice("given-up", "三次都失败").to(login);
        notifications.notify(notice);
        mailServerDown();

        sender.sendDue();
        moveClock(Duration.ofMinutes(1));
        sender.sendDue();
        moveClock(Duration.ofSeconds(90));
        sender.sendDue();

        OutboxMail failed = row(notice, login);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        moveClock(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(outboxes.list(MailStatus.FAILED, PageRequest.of(0, 200)).items())
                .extracting(OutboxMail::id)
                .contains(failed.id());
        assertThat(outboxes.list(null, PageRequest.of(0, 200)).items())
                .extracting(OutboxMail::id)
                .contains(failed.id());
        assertThat(outboxes.list(MailStatus.SENT, PageRequest.of(0, 200)).items())
                .extracting(OutboxMail::id)
                .doesNotContain(failed.id());

        mailServer.setPort(smtp.getSmtp().getPort());
        OutboxMail retried = outboxes.retry(failed.id());
        assertThat(retried.status()).isEqualTo(MailStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThatThrownBy(() -> outboxes.retry(failed.id())).isInstanceOf(ConflictException.class);

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(received()).extracting(NotificationMailTests::to).containsExactly(address("given-up"));
        assertThat(row(notice, login).status()).isEqualTo(MailStatus.SENT);
        assertThatThrownBy(() -> outboxes.retry(failed.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> outboxes.retry(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_mail_left_sending_by_a_node_that_died_is_taken_again_when_its_lock_runs_out() throws Exception {
        String login = withAddress("orphan");
        Notice notice = notice("orphan", "节点中断").to(login);
        notifications.notify(notice);
        long id = row(notice, login).id();
        // a node claims it and dies before sending
        assertThat(outbox.claim(id, start, start.plus(Duration.ofMinutes(2)))).isEqualTo(1);

        moveClock(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(row(notice, login).status()).isEqualTo(MailStatus.SENDING);

        moveClock(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row(notice, login).status()).isEqualTo(MailStatus.SENT);
        assertThat(row(notice, login).attempts()).isEqualTo(2);
        assertThat(received()).hasSize(1);
    }

    @Test
    void two_senders_racing_send_each_mail_once() throws Exception {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            logins.add(withAddress("race" + i));
        }
        Notice notice = notice("race", "两个节点同时发送").to(logins);
        notifications.notify(notice);

        CyclicBarrier bothReady = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            bothReady.await(10, TimeUnit.SECONDS);
            return sender.sendDue();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = nodes.submit(node);
            Future<Integer> two = nodes.submit(node);
            assertThat(one.get(30, TimeUnit.SECONDS) + two.get(30, TimeUnit.SECONDS))
                    .isEqualTo(12);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 12)).isTrue();
        assertThat(received()).hasSize(12);
        assertThat(received()).extracting(NotificationMailTests::to).doesNotHaveDuplicates();
        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT status, attempts FROM mail_outbox WHERE notice_key = ?", notice.key());
        assertThat(rows).hasSize(12).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("SENT");
            assertThat(((Number) r.get("attempts")).intValue()).isEqualTo(1);
        });
    }
}
