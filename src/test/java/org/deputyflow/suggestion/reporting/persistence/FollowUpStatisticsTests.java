package org.deputyflow.suggestion.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.deputyflow.suggestion.reporting.domain.FollowUpStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up statistics on hand-counted rows of 1998, a year no other test starts follow-ups in; each
 * test rolls back.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class FollowUpStatisticsTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(1998, 6, 20);

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
        deptA = data.department("市跟踪统计甲局");
        deptB = data.department("市跟踪统计乙局");
    }

    @Test
    void each_department_counts_its_follow_ups_open_overdue_delivered_on_time_late_and_explained() {
        // department A, started in 1998
        followUp(deptA, "FOLLOW_UP", "1998-06-10", "1998-03-01", null, false, false); // open, overdue
        followUp(deptA, "FOLLOW_UP", "1998-07-01", "1998-03-02", null, false, false); // open
        long review = followUp(deptA, "EXPLANATION_REVIEW", "1998-06-01", "1998-03-03", null, false, false);
        explanation(review, "SENT_BACK"); // open, overdue, not explained
        followUp(deptA, "AWAITING_CONFIRMATION", "1998-06-01", "1998-03-04", "1998-06-05", false, false); // open
        followUp(deptA, "DONE", "1998-06-10", "1998-03-05", "1998-06-10", true, false); // on time: on the plan date
        long late = followUp(deptA, "DONE", "1998-06-10", "1998-03-06", "1998-06-12", true, true); // late
        explanation(late, "ACCEPTED");
        explanation(late, "ACCEPTED"); // explained once
        long explained = followUp(deptA, "FOLLOW_UP", "1998-12-31", "1998-03-07", null, false, false);
        explanation(explained, "ACCEPTED"); // open, explained
        // started the day before the period
        followUp(deptA, "FOLLOW_UP", "1998-01-10", "1997-12-31", null, false, false);
        // department B: confirmed by staff, on time
        followUp(deptB, "DONE", "1998-05-31", "1998-02-01", "1998-05-20", true, true);

        FollowUpQuery query = FollowUpQuery.of(startOf("1998-01-01"), startOf("1999-01-01"), TODAY);
        assertThat(reports.followUpStatistics(query))
                .filteredOn(s -> s.departmentId() == deptA)
                .singleElement()
                .isEqualTo(new FollowUpStatistics(deptA, data.code(deptA), "市跟踪统计甲局", 7, 5, 2, 1, 1, 2));
        assertThat(reports.followUpStatistics(query))
                .filteredOn(s -> s.departmentId() == deptB)
                .singleElement()
                .isEqualTo(new FollowUpStatistics(deptB, data.code(deptB), "市跟踪统计乙局", 1, 0, 0, 1, 0, 0));
        assertThat(reports.followUpTotals(query)).isEqualTo(new FollowUpStatistics(0, null, null, 8, 5, 2, 2, 1, 2));
    }

    private long followUp(
            long departmentId,
            String state,
            String planDate,
            String startedOn,
            String deliveredOn,
            boolean confirmed,
            boolean byStaff) {
        long suggestion = data.suggestion(deputy)
                .status("DONE".equals(state) ? "CLOSED" : "FOLLOW_UP")
                .insert();
        long assignment = data.assignment(suggestion, departmentId)
                .state(state)
                .replyDue(LocalDate.parse(planDate))
                .insert();
        jdbc.update(
                """
                INSERT INTO follow_up_clock (assignment_id, department_id, plan_date, started_at, delivered_on,
                                             confirmation_due, confirmed_at, confirmed_by, confirmed_by_staff)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                assignment,
                departmentId,
                LocalDate.parse(planDate),
                ReportingData.utc(startOf(startedOn).plusSeconds(3600)),
                deliveredOn == null ? null : LocalDate.parse(deliveredOn),
                deliveredOn == null ? null : LocalDate.parse(deliveredOn).plusDays(28),
                confirmed ? ReportingData.utc(startOf(deliveredOn).plusSeconds(86_400)) : null,
                confirmed ? (byStaff ? "staff1" : "deputy") : null,
                byStaff);
        return assignment;
    }

    private void explanation(long assignmentId, String decision) {
        jdbc.update(
                """
                INSERT INTO follow_up_explanation (assignment_id, year_end, content, written_by, written_at, decision,
                                                   decided_by, decided_at)
                VALUES (?, ?, '年底说明', 'handler', ?, ?, 'staff1', ?)""",
                assignmentId,
                LocalDate.of(1997, 12, 15),
                ReportingData.utc(startOf("1997-12-16")),
                decision,
                ReportingData.utc(startOf("1997-12-17")));
    }

    private static Instant startOf(String date) {
        return LocalDate.parse(date).atStartOfDay(SHANGHAI).toInstant();
    }
}
