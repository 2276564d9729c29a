package org.deputyflow.suggestion.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.CoUnitOpinion;
import org.deputyflow.suggestion.domain.FollowUp;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A suggestion's opinions, replies and follow-ups come back in the order they were written, whichever
 * department wrote them, and only that suggestion's; on the configured database, each test rolls back.
 * The records are written to the later assignment first, so the order of the join (by assignment)
 * is not the order of writing.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class HandlingRecordMapperTests {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    HandlingRecordMapper records;

    @Autowired
    JdbcTemplate jdbc;

    long suggestion;
    long first;
    long second;
    long otherSuggestion;
    long other;

    @BeforeEach
    void twoAssignments() {
        ReportingData data = new ReportingData(jdbc);
        long department = data.department(ReportingData.unique("记录顺序测试局"));
        long coUnit = data.department(ReportingData.unique("记录顺序协办局"));
        suggestion = data.suggestion(data.deputy()).insert();
        first = data.assignment(suggestion, department).insert();
        second = data.assignment(suggestion, coUnit).role("CO").insert();
        otherSuggestion = data.suggestion(data.deputy()).insert();
        other = data.assignment(otherSuggestion, department).insert();
    }

    @Test
    void replies_come_in_the_order_they_were_written_not_by_assignment() {
        long a = reply(second, "第二个承办单位先答复");
        long b = reply(first, "第一个承办单位后答复");
        long c = reply(second, "第二个承办单位再次答复");
        reply(other, "另一件建议的答复");

        List<Reply> replies = records.findReplies(suggestion);

        assertThat(replies).extracting(Reply::id).containsExactly(a, b, c);
        assertThat(replies).extracting(Reply::assignmentId).containsExactly(second, first, second);
        assertThat(replies).extracting(Reply::content).first().isEqualTo("第二个承办单位先答复");
        assertThat(records.findReplies(otherSuggestion))
                .extracting(Reply::assignmentId)
                .containsExactly(other);
    }

    @Test
    void opinions_come_in_the_order_they_were_written_not_by_assignment() {
        long a = opinion(second, "协办意见一");
        long b = opinion(first, "协办意见二");
        opinion(other, "另一件建议的意见");

        assertThat(records.findOpinions(suggestion))
                .extracting(CoUnitOpinion::id, CoUnitOpinion::assignmentId)
                .containsExactly(tuple(a, second), tuple(b, first));
        assertThat(records.findOpinions(otherSuggestion)).hasSize(1);
    }

    @Test
    void follow_ups_come_in_the_order_they_were_written_not_by_assignment() {
        long a = followUp(second, "进展一", false);
        long b = followUp(first, "进展二", false);
        long c = followUp(second, "已落实", true);
        followUp(other, "另一件建议的进展", false);

        List<FollowUp> followUps = records.findFollowUps(suggestion);

        assertThat(followUps).extracting(FollowUp::id).containsExactly(a, b, c);
        assertThat(followUps).extracting(FollowUp::delivered).containsExactly(false, false, true);
        assertThat(records.findFollowUps(otherSuggestion))
                .extracting(FollowUp::content)
                .containsExactly("另一件建议的进展");
    }

    private long reply(long assignment, String content) {
        GeneratedKey key = new GeneratedKey();
        records.insertReply(
                assignment, 1, ResultClass.A, content, LocalDate.of(2026, 6, 30), true, null, "handler", AT, key);
        return key.value();
    }

    private long opinion(long assignment, String content) {
        GeneratedKey key = new GeneratedKey();
        records.insertOpinion(assignment, content, "co-handler", AT, key);
        return key.value();
    }

    private long followUp(long assignment, String content, boolean delivered) {
        GeneratedKey key = new GeneratedKey();
        records.insertFollowUp(assignment, content, delivered, "handler", AT, key);
        return key.value();
    }
}
