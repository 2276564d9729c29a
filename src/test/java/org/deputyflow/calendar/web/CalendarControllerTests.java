package org.deputyflow.calendar.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar API. Writes go to 2091, a year nobody else uses, which every test leaves as it found
 * it; 2026 is the shipped file that the demo data loads.
 */
@DeputyFlowTest
class CalendarControllerTests {

    static final int YEAR = 2091;
    static final String URL = "/api/calendar/" + YEAR;
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** 2091-01-01 is a Monday, 2091-01-06 a Saturday. */
    static final String NEW_YEAR = """
        [{"date":"2091-01-06","kind":"MAKEUP_WORKDAY","name":"元旦调休上班"},
         {"date":"2091-01-01","kind":"HOLIDAY","name":"元旦"},
         {"date":"2091-01-02","kind":"HOLIDAY","name":"元旦, 新年"}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarService calendar;

    @Autowired
    MaintainingCalendar maintaining;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    List<CalendarEntry> before;
    boolean yearRowBefore;

    @BeforeEach
    void remember() {
        before = calendar.year(YEAR).entries();
        yearRowBefore = yearRowExists();
    }

    @AfterEach
    void restore() {
        maintaining.replaceYear(YEAR, before, "test");
        if (!yearRowBefore) {
            jdbc.update("DELETE FROM calendar_year WHERE year_number = ?", YEAR);
        }
    }

    boolean yearRowExists() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM calendar_year WHERE year_number = ?", Integer.class, YEAR) > 0;
    }

    ResultActions putJson(String login, String json) throws Exception {
        return mvc.perform(put(URL).with(httpBasic(login, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions putCsv(String login, String csv) throws Exception {
        return mvc.perform(put(URL + ".csv")
                .with(httpBasic(login, "demo"))
                .contentType(CSV)
                .content(csv.getBytes(UTF_8)));
    }

    String json(int year) throws Exception {
        return mvc.perform(get("/api/calendar/" + year).with(httpBasic("deputy001", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
    }

    String csv(int year) throws Exception {
        return mvc.perform(get("/api/calendar/" + year + ".csv").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
    }

    @Test
    void any_signed_in_user_reads_a_year_sorted_by_date() throws Exception {
        for (String login : List.of("deputy001", "dept01-handler", "staff1", "member01")) {
            mvc.perform(get("/api/calendar/2026").with(httpBasic(login, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(25)))
                    .andExpect(jsonPath("$[0].date").value("2026-01-01"))
                    .andExpect(jsonPath("$[0].kind").value("HOLIDAY"))
                    .andExpect(jsonPath("$[0].name").value("元旦"))
                    .andExpect(jsonPath("$[2].date").value("2026-01-04"))
                    .andExpect(jsonPath("$[2].kind").value("MAKEUP_WORKDAY"))
                    .andExpect(jsonPath("$[24].date").value("2026-10-10"));
        }
        mvc.perform(get("/api/calendar/2026")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_admin_replaces_a_year_as_a_whole() throws Exception {
        putJson("admin", NEW_YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].date").value("2091-01-01"))
                .andExpect(jsonPath("$[1].name").value("元旦, 新年"))
                .andExpect(jsonPath("$[2].kind").value("MAKEUP_WORKDAY"));
        assertThat(json(YEAR)).contains("2091-01-01", "2091-01-02", "2091-01-06");

        putJson("admin", """
            [{"date":"2091-10-01","kind":"HOLIDAY","name":"国庆节"}]""").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));

        assertThat(json(YEAR)).isEqualTo("[{\"date\":\"2091-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}]");
        assertThat(jdbc.queryForObject(
                        "SELECT updated_by FROM calendar_year WHERE year_number = ?", String.class, YEAR))
                .isEqualTo("admin");

        putJson("admin", "[]").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        assertThat(json(YEAR)).isEqualTo("[]");
    }

    @Test
    void only_admins_change_the_calendar() throws Exception {
        putJson("admin", NEW_YEAR).andExpect(status().isOk());
        String stored = json(YEAR);

        for (String login : List.of("staff1", "deputy001", "dept01-leader", "council1")) {
            putJson(login, "[]")
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            putCsv(login, "date,kind,name\n")
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // without credentials or a session the CSRF check refuses a write before anybody is identified
        mvc.perform(put(URL).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());

        assertThat(json(YEAR)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        [{"date":"2091-01-01","kind":"HOLIDAY","name":"元旦"},{"date":"2091-01-13","kind":"HOLIDAY","name":"周六"}] | 第 2 项：2091-01-13 是星期六，本来就休息
        [{"date":"2091-01-03","kind":"MAKEUP_WORKDAY","name":"调休"}]                                             | 第 1 项：2091-01-03 是星期三，本来就上班
        [{"date":"2092-01-01","kind":"HOLIDAY","name":"元旦"}]                                                     | 第 1 项：2092-01-01 不在 2091 年内
        [{"date":"2091-01-01","kind":"HOLIDAY","name":"元旦"},{"date":"2091-01-01","kind":"HOLIDAY","name":"元旦"}] | 第 2 项：2091-01-01 重复出现
        [{"date":"2091-01-01","kind":"HOLIDAY"}]                                                                   | 第 1 项：2091-01-01 缺少名称
        [{"kind":"HOLIDAY","name":"元旦"}]                                                                         | 第 1 项：日期不能为空
        [{"date":"2091-01-01","kind":"FEIERTAG","name":"元旦"}]                                                    | 请求体不是有效的 JSON
        [{"date":"2091-02-30","kind":"HOLIDAY","name":"元旦"}]                                                     | 请求体不是有效的 JSON
        {"date":"2091-01-01","kind":"HOLIDAY","name":"元旦"}                                                       | 请求体不是有效的 JSON
        """)
    void a_broken_year_is_a_400_problem_and_changes_nothing(String body, String detail) throws Exception {
        putJson("admin", NEW_YEAR).andExpect(status().isOk());
        String stored = json(YEAR);

        putJson("admin", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(startsWith(detail)));

        assertThat(json(YEAR)).isEqualTo(stored);
    }

    @Test
    void a_year_outside_the_supported_range_is_a_400_problem_and_a_word_is_no_year() throws Exception {
        mvc.perform(get("/api/calendar/1899").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.year").value(containsString("1900 到 2999")));
        mvc.perform(get("/api/calendar/next").with(httpBasic("staff1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/calendar/3000")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_calendar_service_computes_with_the_replaced_year_at_once() throws Exception {
        LocalDate monday = LocalDate.of(YEAR, 1, 1);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2090, 12, 29), 1)).isEqualTo(monday);

        putJson("admin", NEW_YEAR).andExpect(status().isOk());

        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 1, 6))).isTrue();
        // Fri 29 Dec: Mon 1 and Tue 2 are holidays
        assertThat(calendar.addWorkingDays(LocalDate.of(2090, 12, 29), 1)).isEqualTo(LocalDate.of(YEAR, 1, 3));
    }

    @Test
    void a_replacement_that_rolls_back_leaves_neither_rows_nor_a_cached_year() {
        LocalDate monday = LocalDate.of(YEAR, 1, 1);
        assertThat(calendar.isWorkingDay(monday)).isTrue();

        transaction.executeWithoutResult(status -> {
            maintaining.replaceYear(YEAR, List.of(new CalendarEntry(monday, DayKind.HOLIDAY, "元旦")), "admin");
            assertThat(calendar.isWorkingDay(monday)).isFalse();
            status.setRollbackOnly();
        });

        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.year(YEAR).entries()).isEqualTo(before);
        assertThat(yearRowExists()).isEqualTo(yearRowBefore);
    }

    @Test
    void a_year_is_exported_as_utf8_csv_with_a_header() throws Exception {
        mvc.perform(get("/api/calendar/2026.csv").with(httpBasic("deputy001", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                allOf(startsWith("attachment"), containsString("calendar-2026.csv"))));

        String csv = csv(2026);
        assertThat(csv)
                .startsWith("date,kind,name\n2026-01-01,HOLIDAY,元旦\n2026-01-02,HOLIDAY,元旦\n")
                .contains("\n2026-02-14,MAKEUP_WORKDAY,春节调休上班\n")
                .endsWith("2026-10-10,MAKEUP_WORKDAY,国庆节调休上班\n");
        assertThat(csv.lines()).hasSize(26);
    }

    @Test
    void an_exported_year_imported_again_is_the_same_year() throws Exception {
        putJson("admin", NEW_YEAR).andExpect(status().isOk());
        String json = json(YEAR);
        String csv = csv(YEAR);
        assertThat(csv).contains("2091-01-02,HOLIDAY,\"元旦, 新年\"");

        putJson("admin", "[]").andExpect(status().isOk());
        assertThat(json(YEAR)).isEqualTo("[]");

        putCsv("admin", csv).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
        assertThat(json(YEAR)).isEqualTo(json);
        assertThat(csv(YEAR)).isEqualTo(csv);
    }

    @Test
    void another_years_file_with_only_the_year_changed_is_refused_where_the_weekdays_no_longer_fit() throws Exception {
        String copied = csv(2026).replace("2026-", YEAR + "-");

        // 2026-01-04 was a make-up Sunday; 2091-01-04 is a Thursday
        putCsv("admin", copied)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("第 4 行：2091-01-04 是星期四，本来就上班")));
        assertThat(calendar.year(YEAR).entries()).isEqualTo(before);
    }

    @Test
    void a_bad_csv_line_is_a_400_problem_naming_the_line_and_changes_nothing() throws Exception {
        putJson("admin", NEW_YEAR).andExpect(status().isOk());
        String stored = json(YEAR);

        putCsv("admin", "date,kind,name\n2091-01-01,HOLIDAY,元旦\n2091-01-32,HOLIDAY,不存在\n")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("第 3 行：日期“2091-01-32”无效")))
                .andExpect(jsonPath("$.errors.csv").isNotEmpty());
        putCsv("admin", "date,kind,name\n2091-01-01,HOLIDAY,元旦\n\n2091-01-13,HOLIDAY,周六\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("第 4 行：2091-01-13 是星期六")));
        putCsv("admin", "2091-01-01,HOLIDAY,元旦\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("第 1 行：第一行应为表头 date,kind,name")));

        assertThat(json(YEAR)).isEqualTo(stored);
    }

    @Test
    void a_client_asking_for_english_reads_the_lines_at_fault_in_english() throws Exception {
        mvc.perform(put(URL + ".csv")
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(CSV)
                        .content("date,kind,name\n2091-01-01,HOLIDAY,New Year\n\n2091-01-13,HOLIDAY,Saturday\n"
                                .getBytes(UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.calendar.unchanged"))
                .andExpect(jsonPath("$.detail")
                        .value("Line 4: 2091-01-13 is a Saturday, a day off anyway, and needs no entry"
                                + " as a holiday (HOLIDAY); if it is worked as a make-up day, enter it as MAKEUP_WORKDAY."
                                + " The calendar was not changed"));
    }

    @Test
    void a_csv_import_names_its_content_type() throws Exception {
        mvc.perform(put(URL + ".csv")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("date,kind,name\n"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(URL + ".csv")
                        .with(httpBasic("admin", "demo"))
                        .contentType("text/csv;charset=ISO-8859-1")
                        .content("date,kind,name\n2091-01-01,HOLIDAY,元旦\n".getBytes(UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("元旦"));
    }
}
