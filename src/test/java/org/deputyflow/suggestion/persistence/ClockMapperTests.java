package org.deputyflow.suggestion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.domain.PendingExtension;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff's queue of undecided extension requests across suggestions, on the configured database; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ClockMapperTests {

    @Autowired
    ClockMapper clocks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void only_undecided_requests_are_pending_oldest_first_with_their_suggestion_and_department() {
        ReportingData data = new ReportingData(jdbc);
        // read with JdbcTemplate: the mapper's session would answer its second identical count from its cache
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM extension_request WHERE approved IS NULL", Long.class);
        String name = ReportingData.unique("延期队列测试局");
        long department = data.department(name);
        long suggestion = data.suggestion(data.deputy()).title("延期队列测试建议").insert();
        long open = data.assignment(suggestion, department)
                .replyDue(LocalDate.of(2030, 1, 1))
                .insert();
        long decided = data.assignment(data.suggestion(data.deputy()).insert(), department)
                .insert();
        data.extension(open, null);
        data.extension(decided, true);

        assertThat(clocks.countPendingExtensions()).isEqualTo(before + 1);
        List<PendingExtension> all = clocks.findPendingExtensions(0, (int) before + 1);
        assertThat(all).hasSize((int) before + 1);
        List<PendingExtension> mine =
                all.stream().filter(x -> x.departmentId() == department).toList();
        assertThat(mine).singleElement().satisfies(x -> {
            assertThat(x.suggestionId()).isEqualTo(suggestion);
            assertThat(x.title()).isEqualTo("延期队列测试建议");
            assertThat(x.number()).startsWith("R");
            assertThat(x.departmentName()).isEqualTo(name);
            assertThat(x.months()).isEqualTo(2);
            assertThat(x.reason()).isEqualTo("需要协调多个部门");
            assertThat(x.requestedAt()).isNotNull();
            assertThat(x.previousDue()).isNotNull();
        });
        assertThat(all)
                .isSortedAccordingTo((a, b) -> a.requestedAt().equals(b.requestedAt())
                        ? Long.compare(a.requestId(), b.requestId())
                        : a.requestedAt().compareTo(b.requestedAt()));
        assertThat(clocks.findPendingExtensions(before, 10)).hasSize(1);
    }
}
