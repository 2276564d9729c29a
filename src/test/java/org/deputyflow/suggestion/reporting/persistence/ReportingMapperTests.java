package org.deputyflow.suggestion.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;
import org.deputyflow.suggestion.reporting.domain.Share;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reporting queries on the configured database, each test in its own departments and in 1998,
 * a year no other test writes due dates in, with "today" passed in; each test rolls back.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ReportingMapperTests {

    static final LocalDate DUE = LocalDate.of(1998, 6, 10);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReportingMapper reports;

    @Autowired
    JdbcTemplate jdbc;

    ReportingData data;
    long deputy;
    long deptA;
    long deptB;

    @BeforeEach
    void setUp() {
        data = new ReportingData(jdbc);
        deputy = data.deputy();
        deptA = data.department("市统计测试甲局");
        deptB = data.department("市统计测试乙局");
    }

    List<OverdueRow> overdue(LocalDate today, OverdueClock clock, Long departmentId) {
        return reports.searchOverdue(OverdueSearch.of(today, clock, departmentId), 0, 200);
    }

    List<OverdueRow> ours(List<OverdueRow> rows, Long... suggestionIds) {
        Set<Long> ids = Set.of(suggestionIds);
        return rows.stream().filter(row -> ids.contains(row.suggestionId())).toList();
    }

    long suggestion(String status) {
        return data.suggestion(deputy).status(status).insert();
    }

    @Test
    void each_clock_lists_its_item_from_the_day_after_its_due_date_on() {
        long screening = data.suggestion(deputy)
                .status("SUBMITTED")
                .screeningDue(DUE)
                .title("待审查")
                .insert();
        long handling = suggestion("IN_HANDLING");
        long co = data.assignment(handling, deptB).role("CO").opinionDue(DUE).insert();
        long lead = data.assignment(handling, deptA).replyDue(DUE).insert();
        long evaluation =
                data.suggestion(deputy).status("REPLIED").evaluationDue(DUE).insert();

        assertThat(ours(overdue(DUE, null, null), screening, handling, evaluation))
                .isEmpty();
        assertThat(ours(overdue(DUE.minusDays(1), null, null), screening, handling, evaluation))
                .isEmpty();

        List<OverdueRow> dayAfter = ours(overdue(DUE.plusDays(1), null, null), screening, handling, evaluation);
        assertThat(dayAfter)
                .extracting(
                        OverdueRow::clock,
                        OverdueRow::suggestionId,
                        OverdueRow::assignmentId,
                        OverdueRow::departmentId,
                        OverdueRow::due)
                .containsExactlyInAnyOrder(
                        tuple(OverdueClock.SCREENING, screening, null, null, DUE),
                        tuple(OverdueClock.CO_UNIT_OPINION, handling, co, deptB, DUE),
                        tuple(OverdueClock.REPLY, handling, lead, deptA, DUE),
                        tuple(OverdueClock.EVALUATION, evaluation, null, null, DUE));
        assertThat(dayAfter)
                .filteredOn(row -> row.suggestionId() == screening)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.title()).isEqualTo("待审查");
                    assertThat(row.number()).isNotBlank();
                    assertThat(row.departmentName()).isNull();
                });
        assertThat(dayAfter)
                .filteredOn(row -> row.clock() == OverdueClock.REPLY)
                .singleElement()
                .extracting(OverdueRow::departmentName)
                .isEqualTo("市统计测试甲局");
        OverdueSearch all = OverdueSearch.of(DUE.plusDays(1), null, null);
        assertThat(reports.countOverdue(all))
                .isEqualTo(reports.searchOverdue(all, 0, 200).size());
    }

    @Test
    void only_what_is_still_owed_is_overdue() {
        LocalDate today = DUE.plusDays(1);
        List<Long> owed = List.of(
                data.assignment(suggestion("IN_HANDLING"), deptA)
                        .state("DISPUTED")
                        .replyDue(DUE)
                        .insert(),
                data.assignment(suggestion("IN_HANDLING"), deptA)
                        .state("AWAITING_SIGN_OFF")
                        .replyDue(DUE)
                        .insert(),
                data.assignment(suggestion("REHANDLING"), deptA)
                        .state("REHANDLING")
                        .replyDue(DUE)
                        .insert(),
                data.assignment(suggestion("IN_HANDLING"), deptA)
                        .role("PARALLEL_LEAD")
                        .replyDue(DUE)
                        .insert(),
                data.assignment(suggestion("IN_HANDLING"), deptA)
                        .role("CO")
                        .state("DISPUTED")
                        .opinionDue(DUE)
                        .insert());
        for (String done : List.of("REPLIED", "FOLLOW_UP", "DONE")) {
            data.assignment(suggestion("REPLIED"), deptA)
                    .state(done)
                    .replyDue(DUE)
                    .insert();
        }
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .state("REASSIGNED")
                .inactive()
                .replyDue(DUE)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .role("CO")
                .state("OPINION_GIVEN")
                .opinionDue(DUE)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .role("CO")
                .opinionDue(DUE)
                .opinionWaived()
                .insert();
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .role("CO")
                .state("REASSIGNED")
                .inactive()
                .opinionDue(DUE)
                .insert();
        long accepted =
                data.suggestion(deputy).status("ACCEPTED").screeningDue(DUE).insert();
        long closed =
                data.suggestion(deputy).status("CLOSED").evaluationDue(DUE).insert();
        long followUp =
                data.suggestion(deputy).status("FOLLOW_UP").evaluationDue(DUE).insert();

        assertThat(overdue(today, null, deptA))
                .extracting(OverdueRow::assignmentId)
                .containsExactlyInAnyOrderElementsOf(owed);
        assertThat(ours(overdue(today, null, null), accepted, closed, followUp)).isEmpty();
    }

    @Test
    void most_overdue_comes_first_pages_do_not_overlap_and_urges_are_counted() {
        LocalDate today = DUE.plusDays(1);
        long s1 = suggestion("IN_HANDLING");
        long a1 = data.assignment(s1, deptA).replyDue(DUE.minusDays(30)).insert();
        long s2 = suggestion("IN_HANDLING");
        long a2 = data.assignment(s2, deptA)
                .role("CO")
                .opinionDue(DUE.minusDays(10))
                .insert();
        long s3 = suggestion("IN_HANDLING");
        long a3 = data.assignment(s3, deptA).replyDue(DUE.minusDays(20)).insert();
        long s4 = data.suggestion(deputy)
                .status("REPLIED")
                .evaluationDue(DUE.minusDays(25))
                .insert();
        long a4 = data.assignment(s4, deptB).state("REPLIED").insert();
        long a5 = data.assignment(s4, deptA).role("CO").state("OPINION_GIVEN").insert();
        data.urge(s1, a1);
        data.urge(s1, a1);
        data.urge(s4, a4);
        data.urge(s4, a4);
        data.urge(s4, a5);

        assertThat(ours(overdue(today, null, null), s1, s2, s3, s4))
                .extracting(OverdueRow::clock, OverdueRow::suggestionId, OverdueRow::urges)
                .containsExactly(
                        tuple(OverdueClock.REPLY, s1, 2L),
                        tuple(OverdueClock.EVALUATION, s4, 3L),
                        tuple(OverdueClock.REPLY, s3, 0L),
                        tuple(OverdueClock.CO_UNIT_OPINION, s2, 0L));

        OverdueSearch ofA = OverdueSearch.of(today, null, deptA);
        assertThat(reports.countOverdue(ofA)).isEqualTo(3);
        assertThat(reports.searchOverdue(ofA, 0, 2))
                .extracting(OverdueRow::assignmentId)
                .containsExactly(a1, a3);
        assertThat(reports.searchOverdue(ofA, 2, 2))
                .extracting(OverdueRow::assignmentId)
                .containsExactly(a2);
        assertThat(reports.searchOverdue(ofA, 4, 2)).isEmpty();
    }

    @Test
    void filters_by_clock_and_department_and_a_department_has_no_staff_or_deputy_clocks() {
        LocalDate today = DUE.plusDays(1);
        long screening =
                data.suggestion(deputy).status("SUBMITTED").screeningDue(DUE).insert();
        long handling = suggestion("IN_HANDLING");
        long lead = data.assignment(handling, deptA).replyDue(DUE).insert();
        long co = data.assignment(handling, deptB).role("CO").opinionDue(DUE).insert();

        assertThat(ours(overdue(today, OverdueClock.REPLY, null), screening, handling))
                .extracting(OverdueRow::assignmentId)
                .containsExactly(lead);
        assertThat(ours(overdue(today, OverdueClock.SCREENING, null), screening, handling))
                .extracting(OverdueRow::suggestionId)
                .containsExactly(screening);
        assertThat(overdue(today, null, deptB))
                .extracting(OverdueRow::assignmentId)
                .containsExactly(co);
        assertThat(overdue(today, OverdueClock.REPLY, deptB)).isEmpty();
        assertThat(reports.countOverdue(OverdueSearch.of(today, OverdueClock.REPLY, deptB)))
                .isZero();
        assertThat(OverdueSearch.of(today, OverdueClock.SCREENING, deptA).any()).isFalse();
        assertThat(OverdueSearch.of(today, OverdueClock.EVALUATION, deptA).any())
                .isFalse();
    }

    @Test
    void department_statistics_equal_the_hand_counted_values() {
        Instant from = LocalDate.of(1998, 3, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant until = LocalDate.of(1998, 4, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant march = LocalDate.of(1998, 3, 10).atStartOfDay(SHANGHAI).toInstant();
        LocalDate today = LocalDate.of(1998, 6, 15);
        long deptC = data.department("市统计测试丙局");

        // department A: a1 on time, A-class after a sent-back C draft, satisfied
        long s1 = suggestion("CLOSED");
        long a1 = data.assignment(s1, deptA)
                .state("DONE")
                .assignedAt(march)
                .replied(march, true)
                .insert();
        data.reply(a1, 1, "C", false);
        data.reply(a1, 1, "A", true);
        data.evaluation(a1, 1, "SATISFIED", "SATISFIED", deputy);
        // a co-unit on the same suggestion: assigned, nothing else
        data.assignment(s1, deptA)
                .role("CO")
                .state("OPINION_GIVEN")
                .assignedAt(march)
                .insert();
        // a2 late, B then A after re-handling; the final (second) evaluation counts
        long a2 = data.assignment(suggestion("CLOSED"), deptA)
                .state("DONE")
                .assignedAt(march)
                .replied(march, false)
                .insert();
        data.reply(a2, 1, "B", true);
        data.evaluation(a2, 1, "UNSATISFIED", "UNSATISFIED", deputy);
        data.reply(a2, 2, "A", true);
        data.evaluation(a2, 2, "BASICALLY_SATISFIED", "BASICALLY_SATISFIED", deputy);
        // a3 a parallel lead still handling past its due date, with one approved extension of three requests
        long a3 = data.assignment(suggestion("IN_HANDLING"), deptA)
                .role("PARALLEL_LEAD")
                .assignedAt(march)
                .replyDue(today.minusDays(5))
                .insert();
        data.extension(a3, true);
        data.extension(a3, false);
        data.extension(a3, null);
        // a5 on time, D-class, and staff closed the suggestion as not evaluated
        long s5 = data.suggestion(deputy).status("CLOSED").notEvaluated().insert();
        long a5 = data.assignment(s5, deptA)
                .state("DONE")
                .assignedAt(march)
                .replied(march, true)
                .insert();
        data.reply(a5, 1, "D", true);
        // reassigned away: not the department's own
        long a6 = data.assignment(suggestion("IN_HANDLING"), deptA)
                .state("REASSIGNED")
                .inactive()
                .assignedAt(march)
                .replied(march, true)
                .insert();
        data.reply(a6, 1, "A", true);
        // the first instant after the period, and the first instant of it
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .assignedAt(until)
                .replyDue(today.minusDays(9))
                .insert();
        data.assignment(suggestion("IN_HANDLING"), deptA)
                .assignedAt(from)
                .replyDue(today)
                .insert();
        // a9 awaiting sign-off, due yesterday: overdue, and its draft has no class yet
        long a9 = data.assignment(suggestion("IN_HANDLING"), deptA)
                .state("AWAITING_SIGN_OFF")
                .assignedAt(march)
                .replyDue(today.minusDays(1))
                .insert();
        data.reply(a9, 1, "B", null);

        // department B: one replied and evaluated with an unsatisfied result; one just before the period
        long b1 = data.assignment(suggestion("CLOSED"), deptB)
                .state("DONE")
                .assignedAt(march)
                .replied(march, true)
                .insert();
        data.reply(b1, 1, "A", true);
        data.evaluation(b1, 1, "BASICALLY_SATISFIED", "UNSATISFIED", deputy);
        data.assignment(suggestion("IN_HANDLING"), deptB)
                .assignedAt(from.minusMillis(1))
                .insert();
        // department C: nothing in the period
        data.assignment(suggestion("IN_HANDLING"), deptC)
                .assignedAt(until.plusSeconds(86_400))
                .insert();

        List<DepartmentStatistics> rows = reports.departmentStatistics(StatisticsQuery.of(from, until, today)).stream()
                .map(DepartmentRow::toStatistics)
                .filter(s -> Set.of(deptA, deptB, deptC).contains(s.department().id()))
                .toList();

        assertThat(rows).extracting(s -> s.department().id()).containsExactly(deptA, deptB);
        DepartmentStatistics a = rows.get(0);
        assertThat(a.department()).isEqualTo(new DepartmentStatistics.Department(deptA, data.code(deptA), "市统计测试甲局"));
        assertThat(List.of(
                        a.assigned(),
                        a.assignedAsLead(),
                        a.assignedAsCoUnit(),
                        a.replied(),
                        a.repliedOnTime(),
                        a.repliedLate(),
                        a.overdueNow(),
                        a.extensions(),
                        a.evaluated(),
                        a.notEvaluated()))
                .containsExactly(7L, 6L, 1L, 3L, 2L, 1L, 2L, 1L, 2L, 1L);
        assertThat(a.resultClasses())
                .isEqualTo(Map.of(ResultClass.A, 2L, ResultClass.B, 0L, ResultClass.C, 0L, ResultClass.D, 1L));
        assertThat(a.attitude())
                .isEqualTo(Map.of(Rating.SATISFIED, 1L, Rating.BASICALLY_SATISFIED, 1L, Rating.UNSATISFIED, 0L));
        assertThat(a.result()).isEqualTo(a.attitude());
        assertThat(a.solvedRate()).isEqualTo(new Share(2, 3, new BigDecimal("0.6667")));
        assertThat(a.satisfactionRate()).isEqualTo(new Share(2, 2, new BigDecimal("1.0000")));

        DepartmentStatistics b = rows.get(1);
        assertThat(List.of(b.assigned(), b.replied(), b.repliedOnTime(), b.overdueNow(), b.evaluated()))
                .containsExactly(1L, 1L, 1L, 0L, 1L);
        assertThat(b.result()).containsEntry(Rating.UNSATISFIED, 1L);
        assertThat(b.attitude()).containsEntry(Rating.BASICALLY_SATISFIED, 1L);
        assertThat(b.solvedRate()).isEqualTo(new Share(1, 1, new BigDecimal("1.0000")));
        assertThat(b.satisfactionRate()).isEqualTo(new Share(0, 1, new BigDecimal("0.0000")));
    }

    @Test
    void a_co_unit_opinion_waived_or_owed_past_its_due_date_counts_as_late() {
        Instant from = LocalDate.of(1998, 5, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant until = LocalDate.of(1998, 6, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant may = LocalDate.of(1998, 5, 10).atStartOfDay(SHANGHAI).toInstant();
        LocalDate today = LocalDate.of(1998, 6, 15);
        long dept = data.department("市协办统计测试局");
        data.assignment(suggestion("IN_HANDLING"), dept)
                .role("CO")
                .state("OPINION_WAIVED")
                .opinionWaived()
                .opinionDue(today.minusDays(20))
                .assignedAt(may)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), dept)
                .role("CO")
                .opinionDue(today.minusDays(1))
                .assignedAt(may)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), dept)
                .role("CO")
                .state("DISPUTED")
                .opinionDue(today.minusDays(2))
                .assignedAt(may)
                .insert();
        // given, due today, or a lead unit's: not late
        data.assignment(suggestion("IN_HANDLING"), dept)
                .role("CO")
                .state("OPINION_GIVEN")
                .opinionDue(today.minusDays(9))
                .assignedAt(may)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), dept)
                .role("CO")
                .opinionDue(today)
                .assignedAt(may)
                .insert();
        data.assignment(suggestion("IN_HANDLING"), dept)
                .opinionDue(today.minusDays(9))
                .assignedAt(may)
                .insert();

        DepartmentStatistics statistics = reports.departmentStatistics(StatisticsQuery.of(from, until, today)).stream()
                .map(DepartmentRow::toStatistics)
                .filter(s -> s.department().id() == dept)
                .findFirst()
                .orElseThrow();

        assertThat(statistics.assignedAsCoUnit()).isEqualTo(5);
        assertThat(statistics.opinionsLate()).isEqualTo(3);
    }
}
