package org.deputyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.deputyflow.shared.BadRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every change of the working-day calendar is a line of the audit trail, with the year before and after. */
@DeputyFlowTest
class CalendarAuditTests {

    /** A year no other test reads. */
    static final int YEAR = 2998;

    static final LocalDate NEW_YEARS_DAY = LocalDate.of(YEAR, 1, 1);

    @Autowired
    MaintainingCalendar maintaining;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void tearDown() {
        maintaining.replaceYear(YEAR, List.of(), "admin");
        SecurityContextHolder.clearContext();
    }

    @Test
    void adding_removing_replacing_and_importing_are_one_line_each_with_before_and_after() {
        long before = lines().size();
        CalendarEntry holiday = new CalendarEntry(NEW_YEARS_DAY, DayKind.HOLIDAY, "元旦");

        maintaining.addEntry(YEAR, holiday, "admin");
        maintaining.removeEntry(YEAR, NEW_YEARS_DAY, "admin");
        maintaining.replaceYear(YEAR, List.of(holiday), "admin");
        maintaining.importCsv(YEAR, "date,kind,name\n".getBytes(), "admin");

        List<Map<String, Object>> lines = lines().subList((int) before, lines().size());
        assertThat(lines)
                .extracting(l -> value(l, "action"))
                .containsExactly("calendar.add", "calendar.remove", "calendar.replace", "calendar.import");
        assertThat(lines).allSatisfy(l -> {
            assertThat(value(l, "actor_login")).isEqualTo("admin");
            assertThat(value(l, "outcome")).isEqualTo("SUCCESS");
        });
        String entry = NEW_YEARS_DAY + " HOLIDAY 元旦";
        assertThat((String) value(lines.get(0), "details")).contains("\"before\":[]", "\"after\":[\"" + entry + "\"]");
        assertThat((String) value(lines.get(1), "details")).contains("\"before\":[\"" + entry + "\"]", "\"after\":[]");
    }

    @Test
    void a_refused_change_leaves_no_line() {
        long before = lines().size();

        assertThatThrownBy(() ->
                        maintaining.addEntry(YEAR, new CalendarEntry(NEW_YEARS_DAY, DayKind.HOLIDAY, ""), "admin"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> maintaining.replaceYear(
                        YEAR,
                        List.of(new CalendarEntry(LocalDate.of(YEAR, 1, 4), DayKind.MAKEUP_WORKDAY, "不是周末")),
                        "admin"))
                .isInstanceOf(BadRequestException.class);

        assertThat(lines()).hasSize((int) before);
    }

    private List<Map<String, Object>> lines() {
        return jdbc.queryForList(
                "SELECT action, actor_login, outcome, details FROM audit_event"
                        + " WHERE record_type = 'calendar' AND record_id = ? ORDER BY id",
                String.valueOf(YEAR));
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
