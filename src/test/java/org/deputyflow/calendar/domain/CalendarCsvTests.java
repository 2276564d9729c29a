package org.deputyflow.calendar.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.calendar.domain.Calendars.date;
import static org.deputyflow.words.BundleRendering.chinese;
import static org.deputyflow.words.BundleRendering.english;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCsvTests {

    static List<InvalidCalendarException.Violation> violations(byte[] csv) {
        try {
            CalendarCsv.parse(csv);
        } catch (InvalidCalendarException e) {
            return e.violations();
        }
        throw new AssertionError("expected the file to be refused");
    }

    static List<InvalidCalendarException.Violation> violations(String csv) {
        return violations(csv.getBytes(UTF_8));
    }

    static List<CalendarEntry> entries(String csv) {
        return CalendarCsv.parse(csv.getBytes(UTF_8)).stream()
                .map(CalendarCsv.Line::entry)
                .toList();
    }

    @Test
    void a_year_is_written_with_a_header_one_line_per_date_and_quotes_only_where_needed() {
        CalendarYear year = CalendarYear.of(
                2091,
                List.of(
                        new CalendarEntry(date("2091-01-06"), DayKind.MAKEUP_WORKDAY, "调休上班"),
                        new CalendarEntry(date("2091-01-01"), DayKind.HOLIDAY, "元旦,新年"),
                        new CalendarEntry(date("2091-01-02"), DayKind.HOLIDAY, "“元旦”\"假期\"")));

        assertThat(CalendarCsv.format(year)).isEqualTo("""
            date,kind,name
            2091-01-01,HOLIDAY,"元旦,新年"
            2091-01-02,HOLIDAY,"“元旦”""假期\"""
            2091-01-06,MAKEUP_WORKDAY,调休上班
            """);
        assertThat(CalendarCsv.format(CalendarYear.empty(2091))).isEqualTo("date,kind,name\n");
    }

    @Test
    void what_is_written_reads_back_the_same() {
        CalendarYear year = Calendars.shipped2026();
        String csv = CalendarCsv.format(year);

        assertThat(CalendarYear.of(2026, entries(csv))).isEqualTo(year);
        CalendarYear odd =
                CalendarYear.of(2091, List.of(new CalendarEntry(date("2091-01-01"), DayKind.HOLIDAY, "𠮷日,\"特别\"假期")));
        assertThat(CalendarYear.of(2091, entries(CalendarCsv.format(odd)))).isEqualTo(odd);
    }

    @Test
    void lines_are_numbered_as_in_the_file_with_blank_lines_skipped() {
        List<CalendarCsv.Line> lines = CalendarCsv.parse("""
            date,kind,name

            2091-01-01,HOLIDAY,元旦

            2091-01-06,MAKEUP_WORKDAY,元旦调休上班
            """.getBytes(UTF_8));

        assertThat(lines).extracting(CalendarCsv.Line::number).containsExactly(3, 5);
        assertThat(lines.get(1).entry())
                .isEqualTo(new CalendarEntry(date("2091-01-06"), DayKind.MAKEUP_WORKDAY, "元旦调休上班"));
    }

    @Test
    void what_a_spreadsheet_does_to_the_file_is_forgiven() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "Date, Kind, Name\r\n2091/1/1,holiday, 元旦 \r\n\"2091-01-06\",\"MAKEUP_WORKDAY\",\"调休\"\r\n";
        byte[] csv = new byte[bom.length + body.getBytes(UTF_8).length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body.getBytes(UTF_8), 0, csv, bom.length, body.getBytes(UTF_8).length);

        assertThat(CalendarCsv.parse(csv))
                .extracting(CalendarCsv.Line::entry)
                .containsExactly(
                        new CalendarEntry(date("2091-01-01"), DayKind.HOLIDAY, "元旦"),
                        new CalendarEntry(date("2091-01-06"), DayKind.MAKEUP_WORKDAY, "调休"));
    }

    @Test
    void a_header_alone_is_an_empty_year() {
        assertThat(entries("date,kind,name\n")).isEmpty();
        assertThat(entries("date,kind,name")).isEmpty();
    }

    @Test
    void every_unreadable_line_is_reported_with_its_number() {
        assertThat(violations("""
            date,kind,name
            2091-01-01,HOLIDAY,元旦
            2091-13-01,HOLIDAY,不存在的月份
            2091-01-02,FEIERTAG,元旦
            2091-01-03,HOLIDAY,元旦,新年
            2091-01-04,HOLIDAY,"元旦
            """))
                .satisfiesExactly(
                        v -> {
                            assertThat(v.position()).isEqualTo(3);
                            assertThat(chinese(v.message())).isEqualTo("日期“2091-13-01”无效，应写作 yyyy-MM-dd，例如 2026-10-01");
                            assertThat(english(v.message()))
                                    .isEqualTo(
                                            "The date \"2091-13-01\" is not valid; write it as yyyy-MM-dd, e.g. 2026-10-01");
                        },
                        v -> assertThat(v.position()).isEqualTo(4),
                        v -> {
                            assertThat(v.position()).isEqualTo(5);
                            assertThat(chinese(v.message())).contains("应有 3 列", "实际有 4 列", "双引号");
                        },
                        v -> {
                            assertThat(v.position()).isEqualTo(6);
                            assertThat(chinese(v.message())).contains("双引号没有闭合");
                        });
    }

    @Test
    void an_unknown_kind_is_named_with_the_two_valid_ones() {
        assertThat(violations("date,kind,name\n2091-01-02,FEIERTAG,元旦\n"))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("FEIERTAG", "HOLIDAY", "MAKEUP_WORKDAY"));
    }

    @Test
    void a_file_saved_as_gbk_is_refused_on_the_line_with_the_chinese_text() {
        byte[] gbk = "date,kind,name\n2091-01-01,HOLIDAY,元旦\n".getBytes(Charset.forName("GBK"));

        assertThat(violations(gbk)).singleElement().satisfies(v -> {
            assertThat(v.position()).isEqualTo(2);
            assertThat(chinese(v.message())).contains("UTF-8");
        });
    }

    @Test
    void the_first_line_must_be_the_header() {
        assertThat(violations("2091-01-01,HOLIDAY,元旦\n")).singleElement().satisfies(v -> {
            assertThat(v.position()).isEqualTo(1);
            assertThat(chinese(v.message())).contains("表头 date,kind,name");
        });
        assertThat(violations(""))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("文件是空的"));
        assertThat(violations("\n\n"))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("文件是空的"));
    }

    @Test
    void empty_fields_are_left_to_the_years_rules() {
        assertThat(entries("date,kind,name\n,,\n")).containsExactly(new CalendarEntry(null, null, ""));
    }

    @Test
    void the_shipped_2026_file_lists_the_weekday_holidays_and_the_make_up_weekend_days() {
        CalendarYear year = Calendars.shipped2026();

        assertThat(year.entries()).hasSize(25);
        assertThat(year.entries()).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(19);
        assertThat(year.entries())
                .filteredOn(e -> e.kind() == DayKind.MAKEUP_WORKDAY)
                .extracting(CalendarEntry::date)
                .containsExactly(
                        date("2026-01-04"),
                        date("2026-02-14"),
                        date("2026-02-28"),
                        date("2026-05-09"),
                        date("2026-09-20"),
                        date("2026-10-10"));
        assertThat(year.entries())
                .filteredOn(e -> e.kind() == DayKind.MAKEUP_WORKDAY)
                .allSatisfy(e -> assertThat(e.name()).endsWith("调休上班"));
        assertThat(year.entries())
                .extracting(CalendarEntry::name)
                .doesNotContainNull()
                .containsOnly("元旦", "元旦调休上班", "春节", "春节调休上班", "清明节", "劳动节", "劳动节调休上班", "端午节", "中秋节", "国庆节", "国庆节调休上班");
    }
}
