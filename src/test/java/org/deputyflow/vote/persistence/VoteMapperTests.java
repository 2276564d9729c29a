package org.deputyflow.vote.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.Fraction;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.PublishedResult;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.TallyRule;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vote's mappers on the configured database; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class VoteMapperTests {

    static final Instant NOW = Instant.parse("2026-06-26T02:30:00Z");

    @Autowired
    VoteMapper votes;

    @Autowired
    ElectorMapper electors;

    @Autowired
    TallyMapper tallies;

    @Autowired
    JdbcTemplate jdbc;

    long departmentId;
    long staffId;
    List<Long> members;

    /** A department, a staff user and three members of this test's own: the slice has no demo data. */
    @BeforeEach
    void directory() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO department (code, name, kind, active) VALUES (?, '市映射测试局', 'GOVERNMENT', TRUE)",
                "vt-" + suffix);
        departmentId = jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, "vt-" + suffix);
        staffId = user("vt-staff-" + suffix, "STAFF", true);
        members = List.of(
                user("vt-m1-" + suffix, "MEMBER", true),
                user("vt-m2-" + suffix, "MEMBER", true),
                user("vt-m3-" + suffix, "MEMBER", true));
    }

    private long user(String login, String role, boolean active) {
        jdbc.update(
                "INSERT INTO app_user (login, display_name, password_hash, active) VALUES (?, ?, 'x', ?)",
                login,
                "测试" + login,
                active);
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE login = ?", Long.class, login);
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
        return id;
    }

    @Test
    void a_vote_is_written_and_read_back_with_its_rule_once_closed() {
        long id = insert("映射测试：𠮷祥区工作🙂");

        Vote vote = votes.findById(id).orElseThrow();
        assertThat(vote.title()).isEqualTo("映射测试：𠮷祥区工作🙂");
        assertThat(vote.status()).isEqualTo(VoteStatus.PREPARING);
        assertThat(vote.createdAt()).isEqualTo(NOW);
        assertThat(vote.rule()).isEmpty();

        assertThat(votes.open(id, 3, NOW)).isOne();
        assertThat(votes.open(id, 3, NOW)).isZero();
        TallyRule rule = new TallyRule(ThresholdBase.PRESENT_MEMBERS, new Fraction(2, 3), Fraction.HALF);
        assertThat(votes.close(id, Outcome.BASICALLY_SATISFIED, rule, NOW.plusSeconds(600)))
                .isOne();
        assertThat(votes.close(id, Outcome.BASICALLY_SATISFIED, rule, NOW.plusSeconds(600)))
                .isZero();

        Vote closed = votes.lockById(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(VoteStatus.CLOSED);
        assertThat(closed.presentCount()).isEqualTo(3);
        assertThat(closed.outcome()).isEqualTo(Outcome.BASICALLY_SATISFIED);
        assertThat(closed.rule()).contains(rule);
        assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void the_electorate_is_a_snapshot_of_active_members_with_their_names() {
        long id = insert("映射测试：选民");
        long gone = user("vt-gone-" + id, "MEMBER", false);
        Integer active = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user u WHERE u.active = TRUE AND EXISTS "
                        + "(SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MEMBER')",
                Integer.class);

        int size = electors.snapshotActiveMembers(id, "MEMBER");

        assertThat(size).isEqualTo(active);
        assertThat(electors.count(id)).isEqualTo(active.longValue());
        List<Elector> firstPage = electors.search(id, 0, 2);
        assertThat(firstPage).hasSize(Math.min(2, active));
        assertThat(firstPage)
                .allSatisfy(e -> assertThat(e.present() || e.voted()).isFalse());
        assertThat(electors.find(id, gone)).isEmpty();
        assertThat(electors.find(id, staffId)).isEmpty();
        assertThat(electors.find(id, members.get(0)))
                .get()
                .satisfies(e -> assertThat(e.displayName()).isEqualTo("测试" + e.login()));
    }

    @Test
    void a_member_is_marked_voted_once_and_only_when_present() {
        long id = insert("映射测试：投票标记");
        electors.snapshotActiveMembers(id, "MEMBER");
        long present = members.get(0);
        long absent = members.get(1);
        electors.markPresent(id, List.of(present));

        assertThat(electors.markVoted(id, absent)).isZero();
        assertThat(electors.markVoted(id, present)).isOne();
        assertThat(electors.markVoted(id, present)).isZero();
        assertThat(electors.countVoted(id)).isOne();
        assertThat(electors.findMemberIds(id, List.of(present, -1L))).containsExactly(present);
        electors.clearAttendance(id);
        assertThat(electors.countPresent(id)).isZero();
    }

    @Test
    void the_tally_only_ever_adds_and_closed_votes_are_published_with_it() {
        long id = insert("映射测试：计票");
        tallies.create(id);
        tallies.add(id, Tally.of(org.deputyflow.vote.domain.Choice.SATISFIED));
        tallies.add(id, new Tally(2, 1, 0, 3));
        assertThat(tallies.find(id)).contains(new Tally(3, 1, 0, 3));

        votes.open(id, 7, NOW);
        votes.close(id, Outcome.UNSATISFIED, TallyRule.DEFAULT, NOW);
        assertThat(votes.countPublished()).isPositive();
        List<PublishedResult> published = votes.searchPublished(0, (int) votes.countPublished());
        assertThat(published)
                .filteredOn(result -> result.vote().id() == id)
                .singleElement()
                .satisfies(result -> assertThat(result.tally()).isEqualTo(new Tally(3, 1, 0, 3)))
                .satisfies(result -> assertThat(result.vote().outcome()).isEqualTo(Outcome.UNSATISFIED));
        assertThat(votes.count(new VoteFilter(VoteStatus.CLOSED, departmentId))).isPositive();
        assertThat(votes.search(new VoteFilter(VoteStatus.PREPARING, departmentId), 0, 200))
                .extracting(Vote::id)
                .doesNotContain(id);
    }

    private long insert(String title) {
        GeneratedKey key = new GeneratedKey();
        votes.insert(NewVote.first(title, LocalDate.of(2026, 6, 26), departmentId, "工作报告"), staffId, NOW, key);
        return key.value();
    }
}
