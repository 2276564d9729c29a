package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.deputyflow.directory.AccountProperties;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.SignInAttempts;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through an in-process SMTP server, with the notification and directory services on the
 * configured database and real transactions that commit or roll back.
 * <p>
 * The only test with mail enabled, and so with a Spring context of its own. It leaves the engine
 * and the web layer out: a second full application context in this JVM would start a second engine,
 * which Camunda refuses (the process application and its MBeans are registered per JVM).
 * <p>
 * Sending is synchronous after commit, so when a notify call returns its e-mail has been accepted
 * or refused. To show that something was <em>not</em> sent, a test sends a marker notice afterwards
 * and finds the marker next to what was expected, and nothing else.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@Import({NotificationService.class, NotificationMailer.class, DirectoryService.class, SignInAttempts.class,
    NotificationMailTests.Beans.class})
@TestPropertySource(properties = {"deputyflow.mail.enabled=true", "deputyflow.mail.from=noreply@deputyflow.test",
    "spring.mail.host=127.0.0.1"})
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
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    TestDirectory users;
    String watcher;

    @BeforeEach
    void users() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        users = new TestDirectory(directory, new BCryptPasswordEncoder(4), jdbc);
        watcher = users.user("watcher", Role.STAFF, null);
        users.email(watcher, users.unique("watcher") + "@deputyflow.test");
    }

    @AfterEach
    void cleanUp() {
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
        return Notice.of(NotificationKind.URGED, users.unique(event), 42L, subject, "请于本周内办理并答复代表。𠮷");
    }

    /** Sends the marker and answers every message received up to and including it. */
    List<MimeMessage> receivedUpToMarker(int expectedBefore) {
        notifications.notify(notice("marker", "标记").to(watcher));
        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, expectedBefore + 1)).isTrue();
        return Arrays.asList(smtp.getReceivedMessages());
    }

    static String to(MimeMessage message) throws Exception {
        return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    @Test
    void a_notice_is_mailed_with_its_chinese_subject_and_text_intact() throws Exception {
        String login = withAddress("reader");
        Notice notice = notice("urge", "催办：关于𠮷祥路拓宽改造的建议").to(login);

        assertThat(notifications.notify(notice)).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("催办：关于𠮷祥路拓宽改造的建议");
        assertThat(to(mail)).isEqualTo(address("reader"));
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@deputyflow.test");
        assertThat(from.getPersonal()).isEqualTo("代表建议办理系统");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent())).startsWith("请于本周内办理并答复代表。𠮷").contains("请勿直接回复");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
    }

    @Test
    void a_notice_delivered_twice_is_mailed_once() throws Exception {
        String login = withAddress("twice");
        Notice notice = notice("reminder:twice", "提醒：答复期限还有 3 天").to(login);

        assertThat(notifications.notify(notice)).isEqualTo(1);
        assertThat(notifications.notify(notice)).isZero();

        List<MimeMessage> received = receivedUpToMarker(1);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).isEqualTo("提醒：答复期限还有 3 天");
        assertThat(received.get(1).getSubject()).isEqualTo("标记");
    }

    @Test
    void nothing_is_mailed_or_stored_when_the_transaction_rolls_back() throws Exception {
        String login = withAddress("rollback");
        Notice notice = notice("rolled-back", "不应发出").to(login);

        transaction.executeWithoutResult(status -> {
            assertThat(notifications.notify(notice)).isEqualTo(1);
            status.setRollbackOnly();
        });

        List<MimeMessage> received = receivedUpToMarker(0);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly("标记");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedup_key = ?", Long.class,
                notice.key())).isZero();
    }

    @Test
    void the_mail_leaves_only_when_the_transaction_commits() throws Exception {
        String login = withAddress("commit");
        Notice notice = notice("committed", "提交后发出").to(login);

        transaction.executeWithoutResult(status -> {
            notifications.notify(notice);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        });

        assertThat(smtp.waitForIncomingEmail(TIMEOUT_MS, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("提交后发出");
    }

    @Test
    void a_recipient_without_an_address_gets_the_inbox_notice_only() throws Exception {
        String withAddress = withAddress("mailed");
        String withoutAddress = users.user("inbox-only", Role.STAFF, null);
        Notice notice = notice("mixed", "部分邮件").to(withAddress, withoutAddress);

        assertThat(notifications.notify(notice)).isEqualTo(2);

        List<MimeMessage> received = receivedUpToMarker(1);
        assertThat(received).hasSize(2);
        assertThat(to(received.get(0))).isEqualTo(address("mailed"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedup_key = ?", Long.class,
                notice.key())).isEqualTo(2);
    }

    @Test
    void a_failed_mail_is_logged_and_neither_undoes_the_notice_nor_stops_the_other_mails() throws Exception {
        String broken = users.user("broken", Role.STAFF, null);
        users.email(broken, "不是邮箱地址 @@");
        String fine = withAddress("fine");
        Notice notice = notice("partly-failed", "一封失败一封成功").to(broken, fine);

        assertThat(notifications.notify(notice)).isEqualTo(2);

        List<MimeMessage> received = receivedUpToMarker(1);
        assertThat(received).hasSize(2);
        assertThat(to(received.get(0))).isEqualTo(address("fine"));
        assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE dedup_key = ?", String.class,
                notice.key())).containsExactlyInAnyOrder(broken, fine);
    }
}
