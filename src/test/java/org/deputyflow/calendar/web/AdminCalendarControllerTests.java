package org.deputyflow.calendar.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin's calendar page. Writes go to 2093, a year nobody else uses, which every test leaves
 * empty as it found it. 2093-01-01 is a Thursday, 2093-01-03 a Saturday.
 */
@DeputyFlowTest
class AdminCalendarControllerTests {

    static final int YEAR = 2093;
    static final String PAGE = "/admin/calendar/" + YEAR;

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarService calendar;

    @Autowired
    MaintainingCalendar maintaining;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void empty() {
        maintaining.replaceYear(YEAR, List.of(), "test");
        jdbc.update("DELETE FROM calendar_year WHERE year_number = ?", YEAR);
    }

    RequestPostProcessor as(String login) {
        return user(directory.account(login).orElseThrow());
    }

    @Test
    void a_day_is_added_listed_and_removed() throws Exception {
        mvc.perform(get(PAGE).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"calendar-empty\""),
                                containsString("href=\"/api/calendar/2093.csv\""))));

        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .with(csrf())
                        .param("date", "2093-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", "元旦"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .with(csrf())
                        .param("date", "2093-01-03")
                        .param("kind", "MAKEUP_WORKDAY")
                        .param("name", "元旦调休上班"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.year(YEAR).entries())
                .containsExactly(
                        new CalendarEntry(LocalDate.of(YEAR, 1, 1), DayKind.HOLIDAY, "元旦"),
                        new CalendarEntry(LocalDate.of(YEAR, 1, 3), DayKind.MAKEUP_WORKDAY, "元旦调休上班"));
        assertThat(calendar.isWorkingDay(LocalDate.of(YEAR, 1, 3))).isTrue();

        mvc.perform(get(PAGE).with(as("admin")))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-date=\"2093-01-01\""),
                                containsString("data-testid=\"calendar-remove-2093-01-03\""))));

        mvc.perform(post(PAGE + "/entries/2093-01-01/removal").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(calendar.year(YEAR).entries())
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(YEAR, 1, 3));
        mvc.perform(post(PAGE + "/entries/2093-01-01/removal").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_wrong_day_is_refused_next_to_its_field_and_nothing_changes() throws Exception {
        // a Saturday is no holiday to enter
        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .with(csrf())
                        .param("date", "2093-01-03")
                        .param("kind", "HOLIDAY")
                        .param("name", "周六"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/calendar"))
                .andExpect(model().attributeHasFieldErrors("entryForm", "date"))
                .andExpect(content().string(containsString("id=\"date-error\"")));
        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .with(csrf())
                        .param("date", "2093-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("entryForm", "name"));
        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .with(csrf())
                        .param("date", "2094-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", "别的年份"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("entryForm", "date"));
        assertThat(calendar.year(YEAR).entries()).isEmpty();
    }

    @Test
    void a_csv_file_replaces_the_year_and_a_bad_line_is_named() throws Exception {
        MockMultipartFile good = new MockMultipartFile(
                "file",
                "2093.csv",
                "text/csv",
                "date,kind,name\n2093-01-01,HOLIDAY,元旦\n2093-01-03,MAKEUP_WORKDAY,调休\n".getBytes(UTF_8));
        mvc.perform(multipart(PAGE + "/csv").file(good).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(calendar.year(YEAR).entries()).hasSize(2);

        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "2093.csv",
                "text/csv",
                "date,kind,name\n2093-01-02,HOLIDAY,补假\n2093-01-04,HOLIDAY,周日\n".getBytes(UTF_8));
        mvc.perform(multipart(PAGE + "/csv").file(bad).with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/calendar"))
                .andExpect(content().string(allOf(containsString("id=\"csv-error\""), containsString("第 3 行"))));
        assertThat(calendar.year(YEAR).entries())
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 3));

        mvc.perform(multipart(PAGE + "/csv").with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"csv-error\"")));
    }

    @Test
    void only_admins_maintain_the_calendar_and_every_post_needs_the_csrf_token() throws Exception {
        mvc.perform(get(PAGE).with(as("staff1")))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        mvc.perform(post(PAGE + "/entries")
                        .with(as("staff1"))
                        .with(csrf())
                        .param("date", "2093-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", "元旦"))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/entries")
                        .with(as("admin"))
                        .param("date", "2093-01-01")
                        .param("kind", "HOLIDAY")
                        .param("name", "元旦"))
                .andExpect(status().isForbidden());
        assertThat(calendar.year(YEAR).entries()).isEmpty();
        mvc.perform(get("/admin/calendar/1800").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("calendar-entry-form"))));
    }
}
