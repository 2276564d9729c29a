package org.deputyflow.records.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.deputyflow.records.RecordsData;
import org.deputyflow.records.domain.DeputyRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records' counts on the configured database, on deputies of a delegation of the test's own, in
 * 1997 as a year in Asia/Shanghai (its first instant is 16:00 UTC on the last day of 1996); each test
 * rolls back.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RecordsMapperTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant START_1997 =
            LocalDate.of(1997, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    static final Instant START_1998 =
            LocalDate.of(1998, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    static final Instant MID_1997 = Instant.parse("1997-06-01T02:00:00Z");

    @Autowired
    RecordsMapper records;

    @Autowired
    JdbcTemplate jdbc;

    RecordsData data;
    String delegation;
    long a;
    long b;
    long c;
    long e;

    /**
     * A leads two suggestions of 1997 (one at its first instant), a motion of 1997 and one of 1998, gives
     * two evaluations on time and one late in 1997 (and one in 1998), and meets departments in 1997 once
     * in a meeting and once in a visit (a phone call and a meeting of 1998 do not count).
     * B co-signs both suggestions and the motion; C only declined a co-signature in 1997 and led a
     * suggestion at the last instant of 1996; E, no longer active, co-signed one. D, no longer active,
     * did nothing.
     */
    @BeforeEach
    void setUp() {
        data = new RecordsData(jdbc);
        delegation = RecordsData.unique("履职测试团");
        a = data.deputy("履职A", delegation);
        b = data.deputy("履职B", delegation);
        c = data.deputy("履职C", delegation);
        data.deputy("履职D", delegation, false);
        e = data.deputy("履职E", delegation, false);

        long s1 = data.suggestion(a, START_1997);
        long s2 = data.suggestion(a, START_1998.minusSeconds(1));
        long draft = data.suggestion(a, null);
        long before = data.suggestion(c, START_1997.minusSeconds(1));
        data.coSigner(s1, b, "ACCEPTED");
        data.coSigner(s2, b, "ACCEPTED");
        data.coSigner(draft, b, "PENDING");
        data.coSigner(s1, c, "DECLINED");
        data.coSigner(s2, e, "ACCEPTED");
        data.coSigner(before, b, "ACCEPTED");

        long m1 = data.motion(a, MID_1997);
        long m2 = data.motion(a, START_1998);
        data.motionCoSigner(m1, b, "ACCEPTED");
        data.motionCoSigner(m1, c, "DECLINED");
        data.motionCoSigner(m2, b, "ACCEPTED");

        long a1 = data.assignment(s1);
        long a2 = data.assignment(s2);
        long a3 = data.assignment(s1);
        data.evaluation(a1, 1, a, MID_1997, true);
        data.evaluation(a1, 2, a, MID_1997.plusSeconds(86_400 * 30), false);
        data.evaluation(a2, 1, a, START_1998.minusSeconds(1), true);
        data.evaluation(a3, 1, a, START_1998, true);

        data.contact(a1, "MEETING", MID_1997);
        data.contact(a2, "VISIT", START_1997);
        data.contact(a1, "PHONE", MID_1997);
        data.contact(a1, "MESSAGE", MID_1997);
        data.contact(a3, "MEETING", START_1998);
    }

    RecordsQuery year(int year, boolean submittedNothing, String sort, boolean descending) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant until = LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant();
        return new RecordsQuery(from, until, null, delegation, submittedNothing, sort, descending);
    }

    List<DeputyRecord> search(RecordsQuery query) {
        return records.search(query, 0, 200).stream()
                .map(row -> row.toRecord(1997))
                .toList();
    }

    @Test
    void each_deputy_has_the_exact_counts_of_the_year() {
        List<DeputyRecord> rows = search(year(1997, false, "NAME", false));

        assertThat(rows)
                .extracting(
                        DeputyRecord::deputyId,
                        DeputyRecord::suggestionsLed,
                        DeputyRecord::suggestionsCoSigned,
                        DeputyRecord::motionsLed,
                        DeputyRecord::motionsCoSigned,
                        DeputyRecord::evaluations,
                        DeputyRecord::evaluationsOnTime,
                        DeputyRecord::meetings,
                        DeputyRecord::submittedNothing)
                .containsExactly(
                        tuple(a, 2L, 0L, 1L, 0L, 3L, 2L, 2L, false),
                        tuple(b, 0L, 2L, 0L, 1L, 0L, 0L, 0L, false),
                        tuple(c, 0L, 0L, 0L, 0L, 0L, 0L, 0L, true),
                        tuple(e, 0L, 1L, 0L, 0L, 0L, 0L, 0L, false));
        assertThat(rows.get(0).evaluationsLate()).isEqualTo(1);
        assertThat(rows.get(0).name()).isEqualTo("履职A");
        assertThat(rows.get(0).delegation()).isEqualTo(delegation);
        assertThat(records.count(year(1997, false, "NAME", false))).isEqualTo(4);
    }

    @Test
    void the_year_is_the_configured_zone_s_year_on_both_ends() {
        List<DeputyRecord> before = search(year(1996, false, "NAME", false));
        assertThat(before)
                .extracting(DeputyRecord::deputyId, DeputyRecord::suggestionsLed, DeputyRecord::suggestionsCoSigned)
                .containsExactly(tuple(a, 0L, 0L), tuple(b, 0L, 1L), tuple(c, 1L, 0L));

        List<DeputyRecord> after = search(year(1998, false, "NAME", false));
        assertThat(after)
                .extracting(
                        DeputyRecord::deputyId,
                        DeputyRecord::motionsLed,
                        DeputyRecord::motionsCoSigned,
                        DeputyRecord::evaluations,
                        DeputyRecord::evaluationsOnTime,
                        DeputyRecord::meetings)
                .containsExactly(
                        tuple(a, 1L, 0L, 1L, 1L, 1L), tuple(b, 0L, 1L, 0L, 0L, 0L), tuple(c, 0L, 0L, 0L, 0L, 0L));
    }

    @Test
    void the_deputies_who_submitted_nothing_are_a_filter() {
        RecordsQuery idle = year(1997, true, "NAME", false);
        assertThat(search(idle)).extracting(DeputyRecord::deputyId).containsExactly(c);
        assertThat(records.count(idle)).isEqualTo(1);
    }

    @Test
    void every_column_sorts_both_ways_with_the_name_breaking_ties_and_pages_do_not_overlap() {
        assertThat(search(year(1997, false, "SUGGESTIONS_CO_SIGNED", true)))
                .extracting(DeputyRecord::deputyId)
                .containsExactly(b, e, a, c);
        assertThat(search(year(1997, false, "SUGGESTIONS_CO_SIGNED", false)))
                .extracting(DeputyRecord::deputyId)
                .containsExactly(a, c, e, b);
        assertThat(search(year(1997, false, "EVALUATIONS_ON_TIME", true)))
                .extracting(DeputyRecord::deputyId)
                .containsExactly(a, b, c, e);
        assertThat(search(year(1997, false, "MEETINGS", true)))
                .extracting(DeputyRecord::deputyId)
                .first()
                .isEqualTo(a);
        assertThat(search(year(1997, false, "MOTIONS_CO_SIGNED", true)))
                .extracting(DeputyRecord::deputyId)
                .first()
                .isEqualTo(b);
        assertThat(search(year(1997, false, "NAME", true)))
                .extracting(DeputyRecord::deputyId)
                .containsExactly(e, c, b, a);
        for (String column : List.of("DELEGATION", "SUGGESTIONS_LED", "MOTIONS_LED", "EVALUATIONS")) {
            assertThat(search(year(1997, false, column, false))).as(column).hasSize(4);
        }

        RecordsQuery query = year(1997, false, "SUGGESTIONS_CO_SIGNED", true);
        assertThat(records.search(query, 0, 2)).extracting(RecordRow::deputyId).containsExactly(b, e);
        assertThat(records.search(query, 2, 2)).extracting(RecordRow::deputyId).containsExactly(a, c);
    }

    @Test
    void one_deputy_is_found_alone_whether_active_or_not() {
        Instant from = START_1997;
        assertThat(records.search(new RecordsQuery(from, START_1998, a, null, false, "NAME", false), 0, 1))
                .extracting(RecordRow::deputyId, RecordRow::suggestionsLed)
                .containsExactly(tuple(a, 2L));
        long gone = data.deputy("履职F", delegation, false);
        assertThat(records.search(new RecordsQuery(from, START_1998, gone, null, false, "NAME", false), 0, 1))
                .extracting(RecordRow::deputyId)
                .containsExactly(gone);
    }

    @Test
    void the_delegations_are_those_of_active_deputies() {
        String onlyInactive = RecordsData.unique("履职停用团");
        data.deputy("履职G", onlyInactive, false);
        assertThat(records.delegations()).contains(delegation).doesNotContain(onlyInactive);
    }
}
