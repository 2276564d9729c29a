package org.deputyflow.motion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MotionCount;
import org.deputyflow.motion.domain.MotionStatistics;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionSummary;
import org.deputyflow.motion.domain.MotionTask;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The motion list's query on the configured database: a deputy's scope, the status and text
 * filters, and paging; and the statistics' GROUP BY. Each test rolls back. The database may hold
 * other tests' motions, so every query here is narrowed to this test's own title token.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MotionMapperTests {

    static final Instant NOW = Instant.parse("2013-06-26T02:30:00Z");

    @Autowired
    MotionMapper motions;

    @Autowired
    JdbcTemplate jdbc;

    String token;
    long alice;
    long bob;
    long carol;

    /** Three deputies of this test's own: the slice has no demo data. */
    @BeforeEach
    void deputies() {
        token = UUID.randomUUID().toString().substring(0, 8);
        alice = deputy("甲" + token);
        bob = deputy("乙" + token);
        carol = deputy("丙" + token);
    }

    private long deputy(String name) {
        jdbc.update("INSERT INTO deputy (name, delegation, term) VALUES (?, '映射测试代表团', '第十六届')", name);
        return jdbc.queryForObject("SELECT MAX(id) FROM deputy WHERE name = ?", Long.class, name);
    }

    private long motion(String title, MotionStatus status, long lead) {
        return motion(title, status, lead, NOW);
    }

    private long motion(String title, MotionStatus status, long lead, Instant createdAt) {
        GeneratedKey key = new GeneratedKey();
        String number =
                "T" + token.substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 6);
        motions.insert(
                number,
                title + " " + token,
                "案由",
                "案据",
                "方案",
                Period.SESSION,
                status,
                lead,
                createdAt,
                LocalDate.of(2013, 7, 10),
                key);
        motions.insertSigner(key.value(), lead, true, SignerAnswer.ACCEPTED, createdAt);
        return key.value();
    }

    private MotionSearch scope(Long deputyId) {
        return new MotionSearch(null, token, deputyId);
    }

    @Test
    void a_deputy_sees_the_motions_they_lead_or_are_invited_to_and_not_those_they_declined() {
        long led = motion("领衔的议案", MotionStatus.AWAITING_SIGNERS, alice);
        long invited = motion("被邀请附议的议案", MotionStatus.AWAITING_SIGNERS, bob);
        motions.insertSigner(invited, alice, false, SignerAnswer.PENDING, null);
        long confirmed = motion("已附议的议案", MotionStatus.FORM_CHECK, bob);
        motions.insertSigner(confirmed, alice, false, SignerAnswer.ACCEPTED, NOW);
        long declined = motion("已拒绝附议的议案", MotionStatus.AWAITING_SIGNERS, bob);
        motions.insertSigner(declined, alice, false, SignerAnswer.DECLINED, NOW);
        long foreign = motion("与之无关的议案", MotionStatus.FORM_CHECK, carol);

        assertThat(motions.count(scope(alice))).isEqualTo(3);
        assertThat(motions.search(scope(alice), 0, 10))
                .extracting(MotionSummary::id)
                .containsExactly(confirmed, invited, led);
        assertThat(motions.search(scope(bob), 0, 10))
                .extracting(MotionSummary::id)
                .containsExactly(declined, confirmed, invited);
        assertThat(motions.search(scope(carol), 0, 10))
                .extracting(MotionSummary::id)
                .containsExactly(foreign);
        // staff and council: no deputy scope
        assertThat(motions.count(scope(null))).isEqualTo(5);

        assertThat(motions.visible(invited, scope(alice))).isTrue();
        assertThat(motions.visible(declined, scope(alice))).isFalse();
        assertThat(motions.visible(foreign, scope(alice))).isFalse();
        assertThat(motions.visible(foreign, new MotionSearch(null, null, null))).isTrue();

        MotionSummary line = motions.search(scope(alice), 0, 10).get(2);
        assertThat(line.title()).isEqualTo("领衔的议案 " + token);
        assertThat(line.leadDeputyName()).isEqualTo("甲" + token);
        assertThat(line.status()).isEqualTo(MotionStatus.AWAITING_SIGNERS);
    }

    @Test
    void the_status_filter_and_the_deputy_scope_apply_together() {
        long waiting = motion("征集中", MotionStatus.AWAITING_SIGNERS, alice);
        motion("审查中", MotionStatus.FORM_CHECK, alice);
        motion("他人征集中", MotionStatus.AWAITING_SIGNERS, bob);

        MotionSearch search = new MotionSearch(MotionStatus.AWAITING_SIGNERS, token, alice);
        assertThat(motions.count(search)).isOne();
        assertThat(motions.search(search, 0, 10)).extracting(MotionSummary::id).containsExactly(waiting);
        assertThat(motions.count(new MotionSearch(MotionStatus.AWAITING_SIGNERS, token, null)))
                .isEqualTo(2);
        // the number is matched from its start, the title anywhere; LIKE's wildcards are literal
        assertThat(motions.count(new MotionSearch(null, "审查中 " + token, null))).isOne();
        assertThat(motions.count(new MotionSearch(null, "%" + token, null))).isZero();
    }

    @Test
    void pages_are_cut_in_the_database_newest_first_without_gaps_or_repeats() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(motion("分页议案" + i, MotionStatus.FORM_CHECK, alice));
        }
        List<Long> newestFirst = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(motions.count(scope(alice))).isEqualTo(5);
        assertThat(motions.search(scope(alice), 0, 2))
                .extracting(MotionSummary::id)
                .containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(motions.search(scope(alice), 2, 2))
                .extracting(MotionSummary::id)
                .containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(motions.search(scope(alice), 4, 2))
                .extracting(MotionSummary::id)
                .containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(motions.search(scope(alice), 6, 2)).isEmpty();
        assertThat(motions.search(scope(bob), 0, 2)).isEmpty();
    }

    @Test
    void co_signature_requests_are_the_pending_invitations_of_motions_still_collecting_signers() {
        long pending = motion("待答复", MotionStatus.AWAITING_SIGNERS, bob);
        motions.insertSigner(pending, alice, false, SignerAnswer.PENDING, null);
        long answered = motion("已答复", MotionStatus.AWAITING_SIGNERS, bob);
        motions.insertSigner(answered, alice, false, SignerAnswer.ACCEPTED, NOW);
        long lapsed = motion("已失效", MotionStatus.LAPSED, bob);
        motions.insertSigner(lapsed, alice, false, SignerAnswer.PENDING, null);

        assertThat(motions.countTasks(List.of(), MotionStatus.AWAITING_SIGNERS, alice))
                .isOne();
        List<MotionTask> requests = motions.tasks(List.of(), MotionStatus.AWAITING_SIGNERS, alice, 0, 10);
        assertThat(requests).extracting(MotionTask::id).containsExactly(pending);
        assertThat(requests.get(0).due()).isEqualTo(LocalDate.of(2013, 7, 10));
        assertThat(motions.countTasks(List.of(), MotionStatus.AWAITING_SIGNERS, bob))
                .isZero();
        assertThat(motions.findByIds(List.of(pending, lapsed)))
                .extracting(m -> m.title())
                .containsExactlyInAnyOrder("待答复 " + token, "已失效 " + token);
    }

    @Test
    void statistics_count_per_status_and_decision_within_the_period() {
        // a period of its own: the night of 2 to 3 March 1913 in UTC, which no other test uses
        Instant from = Instant.parse("1913-03-02T16:00:00Z");
        Instant until = Instant.parse("1913-03-03T16:00:00Z");
        motion("失效一", MotionStatus.LAPSED, alice, from);
        motion("失效二", MotionStatus.LAPSED, alice, from.plusSeconds(60));
        motion("审查中", MotionStatus.FORM_CHECK, alice, from.plusSeconds(120));
        decided(motion("列入议程", MotionStatus.ON_AGENDA, alice, from.plusSeconds(180)), DecisionOutcome.PUT_ON_AGENDA);
        decided(motion("不列入", MotionStatus.NOT_LISTED, bob, from.plusSeconds(240)), DecisionOutcome.NOT_LISTED);
        decided(motion("转建议一", MotionStatus.CONVERTED, bob, until.minusMillis(1)), DecisionOutcome.NOT_LISTED);
        decided(motion("交委员会", MotionStatus.REFERRED, bob, from.plusSeconds(300)), DecisionOutcome.REFER_TO_COMMITTEE);
        // outside: a millisecond before, and the first moment after
        motion("之前", MotionStatus.LAPSED, alice, from.minusMillis(1));
        decided(motion("之后", MotionStatus.CONVERTED, alice, until), DecisionOutcome.NOT_LISTED);

        List<MotionCount> counts = motions.countByStatusAndOutcome(from, until);
        assertThat(counts)
                .containsExactlyInAnyOrder(
                        new MotionCount(MotionStatus.LAPSED, null, 2),
                        new MotionCount(MotionStatus.FORM_CHECK, null, 1),
                        new MotionCount(MotionStatus.ON_AGENDA, DecisionOutcome.PUT_ON_AGENDA, 1),
                        new MotionCount(MotionStatus.NOT_LISTED, DecisionOutcome.NOT_LISTED, 1),
                        new MotionCount(MotionStatus.CONVERTED, DecisionOutcome.NOT_LISTED, 1),
                        new MotionCount(MotionStatus.REFERRED, DecisionOutcome.REFER_TO_COMMITTEE, 1));

        MotionStatistics stats = MotionStatistics.of(LocalDate.of(1913, 3, 3), LocalDate.of(1913, 3, 3), counts);
        assertThat(stats.submitted()).isEqualTo(7);
        assertThat(stats.lapsed()).isEqualTo(2);
        assertThat(stats.inFormCheck()).isOne();
        assertThat(stats.decided())
                .containsEntry(DecisionOutcome.PUT_ON_AGENDA, 1L)
                .containsEntry(DecisionOutcome.REFER_TO_COMMITTEE, 1L)
                .containsEntry(DecisionOutcome.NOT_LISTED, 2L);
        assertThat(stats.converted()).isOne();
        assertThat(stats.awaitingReport()).isOne();
        assertThat(stats.awaitingSigners()).isZero();
    }

    private void decided(long id, DecisionOutcome outcome) {
        motions.decide(
                id, outcome, outcome == DecisionOutcome.REFER_TO_COMMITTEE ? "法制委员会" : null, null, NOW, null, null);
    }
}
