package org.deputyflow.records.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deputyflow.records.RecordsData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff list at the scale the office must serve: 3,000 deputies and 10,000 suggestions in a year
 * (two co-signers each on average, a lead assignment with an evaluation and a contact each), 400 motions
 * with five co-signers each, all in 1994; rolled back. Prints the time of each statement; run on request:
 * {@code -Dexcluded.test.groups= -Dtest=RecordsBenchmarkTests}.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("benchmark")
class RecordsBenchmarkTests {

    static final int DEPUTIES = 3_000;
    static final int SUGGESTIONS = 10_000;
    static final int MOTIONS = 400;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant FROM = LocalDate.of(1994, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    static final Instant UNTIL = LocalDate.of(1995, 1, 1).atStartOfDay(SHANGHAI).toInstant();

    @Autowired
    RecordsMapper records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_staff_list_of_a_busy_year_is_fast() {
        long seeding = System.nanoTime();
        String delegation = RecordsData.unique("履职规模团");
        Random random = new Random(7);
        List<Object[]> deputies = new ArrayList<>();
        for (int i = 0; i < DEPUTIES; i++) {
            deputies.add(new Object[] {"规模代表" + i, delegation});
        }
        jdbc.batchUpdate("INSERT INTO deputy (name, delegation, term, active) VALUES (?, ?, '第十六届', TRUE)", deputies);
        long[] ids =
                jdbc
                        .queryForList("SELECT id FROM deputy WHERE delegation = ? ORDER BY id", Long.class, delegation)
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray();
        String code = RecordsData.unique("rb-");
        jdbc.update("INSERT INTO department (code, name, kind, active) VALUES (?, '规模测试局', 'GOVERNMENT', TRUE)", code);
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);

        String prefix = RecordsData.unique("B");
        List<Object[]> suggestions = new ArrayList<>();
        // a fifth of the deputies lead nothing, so that "submitted nothing" has rows to find
        for (int i = 0; i < SUGGESTIONS; i++) {
            suggestions.add(new Object[] {prefix + i, ids[random.nextInt(DEPUTIES * 4 / 5)], at(random)});
        }
        jdbc.batchUpdate(
                """
                INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id,
                                        created_at, submitted_at)
                VALUES (?, '规模测试建议', '内容', '城乡建设', 'SESSION', 'CLOSED', ?, ?, ?)""",
                suggestions.stream()
                        .map(s -> new Object[] {s[0], s[1], s[2], s[2]})
                        .toList());
        List<Long> suggestionIds = jdbc.queryForList(
                "SELECT id FROM suggestion WHERE serial_no LIKE ? ORDER BY id", Long.class, prefix + "%");
        List<Object[]> signers = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        for (int i = 0; i < suggestionIds.size(); i++) {
            long lead = (Long) suggestions.get(i)[1];
            signers.add(new Object[] {suggestionIds.get(i), lead, true});
            int co = random.nextInt(5);
            long[] chosen = random.longs(co, 0, DEPUTIES * 4 / 5)
                    .map(k -> ids[(int) k])
                    .filter(d -> d != lead)
                    .distinct()
                    .toArray();
            for (long d : chosen) {
                signers.add(new Object[] {suggestionIds.get(i), d, false});
            }
            assignments.add(
                    new Object[] {suggestionIds.get(i), department, suggestions.get(i)[2]});
        }
        jdbc.batchUpdate(
                "INSERT INTO suggestion_signer (suggestion_id, deputy_id, lead, answer) VALUES (?, ?, ?, 'ACCEPTED')",
                signers);
        jdbc.batchUpdate("""
                INSERT INTO assignment (suggestion_id, department_id, role, state, assigned_at, dispute_due)
                VALUES (?, ?, 'LEAD', 'DONE', ?, '1994-12-31')""", assignments);
        List<Object[]> evaluations = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        jdbc.query(
                "SELECT a.id, s.submitter_deputy_id, s.submitted_at FROM assignment a JOIN suggestion s "
                        + "ON s.id = a.suggestion_id WHERE s.serial_no LIKE ?",
                rs -> {
                    Object when = rs.getObject(3);
                    evaluations.add(new Object[] {rs.getLong(1), rs.getLong(2), when, random.nextBoolean()});
                    contacts.add(new Object[] {rs.getLong(1), random.nextBoolean() ? "MEETING" : "PHONE", when, when});
                },
                prefix + "%");
        jdbc.batchUpdate("""
                INSERT INTO evaluation (assignment_id, handling_round, attitude, result, deputy_id, evaluated_at, on_time)
                VALUES (?, 1, 'SATISFIED', 'SATISFIED', ?, ?, ?)""", evaluations);
        jdbc.batchUpdate("""
                INSERT INTO contact_record (assignment_id, method, contacted_at, summary, recorded_by, recorded_at)
                VALUES (?, ?, ?, '座谈', 'handler', ?)""", contacts);
        String motionPrefix = RecordsData.unique("BM");
        List<Object[]> motions = new ArrayList<>();
        for (int i = 0; i < MOTIONS; i++) {
            motions.add(new Object[] {motionPrefix + i, ids[random.nextInt(DEPUTIES * 4 / 5)], at(random)});
        }
        jdbc.batchUpdate("""
                INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,
                                    created_at, signing_due)
                VALUES (?, '规模测试议案', '理由', '依据', '方案', 'SESSION', 'AWAITING_DECISION', ?, ?, '1994-03-01')""", motions);
        List<Object[]> motionSigners = new ArrayList<>();
        jdbc.query(
                "SELECT id, lead_deputy_id FROM motion WHERE serial_no LIKE ?",
                rs -> {
                    long motion = rs.getLong(1);
                    long lead = rs.getLong(2);
                    random.longs(5, 0, DEPUTIES * 4 / 5)
                            .map(k -> ids[(int) k])
                            .filter(d -> d != lead)
                            .distinct()
                            .forEach(d -> motionSigners.add(new Object[] {motion, d}));
                },
                motionPrefix + "%");
        jdbc.batchUpdate(
                "INSERT INTO motion_signer (motion_id, deputy_id, lead, answer) VALUES (?, ?, FALSE, 'ACCEPTED')",
                motionSigners);
        long seeded = (System.nanoTime() - seeding) / 1_000_000;

        List<String> lines = new ArrayList<>();
        lines.add("seeded " + DEPUTIES + " deputies, " + SUGGESTIONS + " suggestions, " + signers.size() + " signers, "
                + MOTIONS + " motions in " + seeded + " ms");
        for (int round = 0; round < 2; round++) {
            for (String sort : List.of("NAME", "SUGGESTIONS_LED", "EVALUATIONS_ON_TIME", "MEETINGS")) {
                RecordsQuery all = new RecordsQuery(FROM, UNTIL, null, null, false, sort, true);
                long[] ms = new long[5];
                for (int i = 0; i < ms.length; i++) {
                    long start = System.nanoTime();
                    // a new page each time: neither the session's cache nor H2's query cache answers
                    assertThat(records.search(all, (round * ms.length + i) * 50L, 50))
                            .hasSize(50);
                    ms[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(ms);
                lines.add("round " + round + " pages of 50 sorted by " + sort + ": median " + ms[2] + " ms, max "
                        + ms[4]);
            }
        }
        RecordsQuery delegationOnly = new RecordsQuery(FROM, UNTIL, null, delegation, false, "NAME", false);
        long start = System.nanoTime();
        long total = records.count(delegationOnly);
        lines.add("count of the delegation: " + total + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(total).isEqualTo(DEPUTIES);
        RecordsQuery idle = new RecordsQuery(FROM, UNTIL, null, delegation, true, "NAME", false);
        start = System.nanoTime();
        long nothing = records.count(idle);
        lines.add("submitted nothing: " + nothing + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(nothing).isPositive();
        RecordsQuery one = new RecordsQuery(FROM, UNTIL, ids[0], null, false, "NAME", false);
        start = System.nanoTime();
        assertThat(records.search(one, 0, 1)).hasSize(1);
        lines.add("one deputy: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.out.println("RECORDS BENCHMARK\n" + String.join("\n", lines));
    }

    private static LocalDateTime at(Random random) {
        return LocalDateTime.ofInstant(FROM.plusSeconds(random.nextInt(364 * 86_400)), ZoneOffset.UTC);
    }
}
