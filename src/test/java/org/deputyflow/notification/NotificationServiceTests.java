package org.deputyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery: idempotent per recipient and key, in the caller's transaction, to the people concerned. */
@DeputyFlowTest
class NotificationServiceTests {

    @Autowired
    NotificationService notifications;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ObjectProvider<MailOutbox> mailer;

    TestDirectory users;

    @BeforeEach
    void users() {
        users = new TestDirectory(loading, encoder, jdbc);
    }

    @AfterEach
    void cleanUp() {
        users.cleanUp();
    }

    Notice notice(String event) {
        return Notice.typed(NotificationKind.REMINDER, users.unique(event), 42L, "建议答复期限将至", "请于 15 日内答复代表。");
    }

    List<String> recipientsOf(Notice notice) {
        return jdbc.queryForList(
                "SELECT recipient FROM notification WHERE dedup_key = ? ORDER BY recipient",
                String.class,
                notice.key());
    }

    @Test
    void e_mail_is_off_by_default() {
        assertThat(mailer.getIfAvailable()).isNull();
    }

    @Test
    void a_timer_job_that_runs_twice_delivers_one_notification_to_each_recipient() {
        String handler = users.user("handler", Role.STAFF, null);
        String other = users.user("other", Role.STAFF, null);
        Notice notice = notice("reminder:assignment:1:2026-03-01").to(handler, other);

        assertThat(notifications.notify(notice)).isEqualTo(2);
        assertThat(notifications.notify(notice)).isZero();

        assertThat(recipientsOf(notice)).containsExactlyInAnyOrder(handler, other);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ?", Long.class, handler))
                .isEqualTo(1);
    }

    @Test
    void a_second_notice_with_the_same_key_in_one_transaction_is_not_stored_either() {
        String login = users.user("staff", Role.STAFF, null);
        Notice notice = notice("same-transaction").to(login);

        Integer second = transaction.execute(status -> {
            notifications.notify(notice);
            return notifications.notify(notice);
        });

        assertThat(second).isZero();
        assertThat(recipientsOf(notice)).containsExactly(login);
    }

    @Test
    void the_stored_notification_keeps_the_first_notices_words() {
        String login = users.user("words", Role.STAFF, null);
        Notice first = Notice.typed(NotificationKind.URGED, users.unique("urge"), 7L, "催办：𠮷祥路改造", "请尽快办理。")
                .to(login);
        Notice repeated = Notice.typed(NotificationKind.URGED, first.key(), 7L, "另一个标题", "另一段正文")
                .to(login);

        notifications.notify(first);
        notifications.notify(repeated);

        assertThat(jdbc.queryForMap(
                        "SELECT kind, subject, body, suggestion_id FROM notification WHERE dedup_key = ?", first.key()))
                .containsEntry("KIND", "URGED")
                .containsEntry("SUBJECT", "催办：𠮷祥路改造")
                .containsEntry("BODY", "请尽快办理。")
                .containsEntry("SUGGESTION_ID", 7L);
    }

    @Test
    void a_notice_in_a_transaction_that_rolls_back_is_delivered_when_the_job_is_retried() {
        String login = users.user("retry", Role.STAFF, null);
        Notice notice = notice("failed-job").to(login);

        transaction.executeWithoutResult(status -> {
            assertThat(notifications.notify(notice)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(recipientsOf(notice)).isEmpty();

        assertThat(notifications.notify(notice)).isEqualTo(1);
        assertThat(recipientsOf(notice)).containsExactly(login);
    }

    @Test
    void two_runs_of_a_job_at_the_same_moment_store_one_notification() throws Exception {
        String login = users.user("race", Role.STAFF, null);
        Notice notice = notice("race").to(login);
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = jobs.submit(() -> transaction.execute(status -> {
                int delivered = notifications.notify(notice);
                firstStored.countDown();
                await(secondStarted);
                return delivered;
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = jobs.submit(() -> transaction.execute(status -> {
                secondStarted.countDown();
                return notifications.notify(notice);
            }));

            assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS))
                    .isEqualTo(1);
        } finally {
            jobs.shutdownNow();
        }
        assertThat(recipientsOf(notice)).containsExactly(login);
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other job never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_department_notice_reaches_its_active_handlers_and_leaders_only() {
        long department = users.department("lead");
        long otherDepartment = users.department("other");
        String handler = users.handler(department, "h1");
        String handler2 = users.handler(department, "h2");
        String leader = users.leader(department, "leader");
        String gone = users.handler(department, "gone");
        users.deactivate(gone);
        users.handler(otherDepartment, "elsewhere");
        String staff = users.user("staff", Role.STAFF, null);

        Notice notice = notice("assigned").to(staff);
        assertThat(notifications.notifyDepartment(department, notice)).isEqualTo(4);

        assertThat(recipientsOf(notice)).containsExactlyInAnyOrder(handler, handler2, leader, staff);
    }

    @Test
    void notices_to_several_departments_at_once_reach_each_departments_people_and_only_the_new_ones_again() {
        long lead = users.department("batch-lead");
        long co = users.department("batch-co");
        long empty = users.department("batch-empty");
        String leadHandler = users.handler(lead, "lh");
        String leadLeader = users.leader(lead, "ll");
        String gone = users.handler(lead, "gone");
        users.deactivate(gone);
        String coHandler = users.handler(co, "ch");
        Notice toLead = notice("assigned-lead");
        Notice toCo = notice("assigned-co");
        Notice toEmpty = notice("assigned-empty");

        assertThat(notifications.notifyDepartments(Map.of(lead, toLead, co, toCo, empty, toEmpty)))
                .isEqualTo(3);

        assertThat(recipientsOf(toLead)).containsExactlyInAnyOrder(leadHandler, leadLeader);
        assertThat(recipientsOf(toCo)).containsExactly(coHandler);
        assertThat(recipientsOf(toEmpty)).isEmpty();

        // a retried action: who has the notice gets nothing new, a handler who joined since gets it
        String joined = users.handler(co, "joined");
        assertThat(notifications.notifyDepartments(Map.of(lead, toLead, co, toCo)))
                .isEqualTo(1);
        assertThat(recipientsOf(toCo)).containsExactlyInAnyOrder(coHandler, joined);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE dedup_key IN (?, ?)",
                        Integer.class,
                        toLead.key(),
                        toCo.key()))
                .isEqualTo(4);
    }

    @Test
    void a_demo_department_notice_reaches_its_two_handlers_and_its_leader() {
        long dept01 = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept01'", Long.class);
        Notice notice = notice("demo-department");

        notifications.notifyDepartment(dept01, notice);

        assertThat(recipientsOf(notice))
                .contains("dept01-handler", "dept01-handler2", "dept01-leader")
                .allSatisfy(login -> assertThat(login).doesNotStartWith("dept02"));
    }

    @Test
    void a_leaders_notice_skips_the_handlers() {
        long department = users.department("leaders");
        users.handler(department, "handler");
        String leader = users.leader(department, "leader");
        Notice notice = notice("extension-decided");

        assertThat(notifications.notifyDepartmentLeaders(department, notice)).isEqualTo(1);

        assertThat(recipientsOf(notice)).containsExactly(leader);
    }

    @Test
    void a_handler_who_joins_later_still_gets_a_notice_the_others_already_have() {
        long department = users.department("joiner");
        String first = users.handler(department, "first");
        Notice notice = notice("overdue");
        notifications.notifyDepartment(department, notice);

        String joiner = users.handler(department, "joiner");
        assertThat(notifications.notifyDepartment(department, notice)).isEqualTo(1);

        assertThat(recipientsOf(notice)).containsExactlyInAnyOrder(first, joiner);
    }

    @Test
    void a_staff_notice_reaches_every_active_staff_member_and_nobody_else() {
        String mine = users.user("staff", Role.STAFF, null);
        String gone = users.user("gone", Role.STAFF, null);
        users.deactivate(gone);
        users.user("council", Role.COUNCIL, null);
        Notice notice = notice("extension-requested");

        notifications.notifyStaff(notice);

        List<String> recipients = recipientsOf(notice);
        assertThat(recipients).contains("staff1", "staff2", mine).doesNotContain(gone);
        assertThat(recipients)
                .allSatisfy(login ->
                        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.login = ? AND r.role = 'STAFF' AND u.active = TRUE""", Long.class, login)).isEqualTo(1));
    }

    @Test
    void a_deputy_notice_reaches_the_deputys_login() {
        long deputy001 = jdbc.queryForObject("SELECT deputy_id FROM app_user WHERE login = 'deputy001'", Long.class);
        Notice notice = notice("replied");

        assertThat(notifications.notifyDeputy(deputy001, notice)).isEqualTo(1);

        assertThat(recipientsOf(notice)).containsExactly("deputy001");
    }

    @Test
    void a_notice_to_all_signers_skips_a_deputy_without_a_login() {
        long lead = users.deputy("lead");
        long coSigner = users.deputy("co");
        long withoutLogin = users.deputyWithoutLogin("offline");
        Notice notice = notice("decision");

        assertThat(notifications.notifyDeputies(List.of(lead, coSigner, withoutLogin), notice))
                .isEqualTo(2);

        assertThat(recipientsOf(notice)).containsExactlyInAnyOrder(users.unique("lead"), users.unique("co"));
    }

    @Test
    void a_notice_that_reaches_nobody_is_not_an_error() {
        long empty = users.department("empty");
        Notice notice = notice("nobody");

        assertThat(notifications.notifyDepartment(empty, notice)).isZero();
        assertThat(notifications.notify(notice)).isZero();

        assertThat(recipientsOf(notice)).isEmpty();
    }
}
