package org.deputyflow.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages without a login: only published disclosures, and never a phone number. */
@DeputyFlowTest
class PublicDisclosurePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_published_disclosure_is_shown_and_downloaded_without_a_login_and_without_phone_numbers() throws Exception {
        String department = "公开测试局" + run;
        long d = insert("INSERT INTO department (code, name, kind) VALUES (?, ?, 'GOVERNMENT')", "p" + run, department);
        long deputy = insert(
                "INSERT INTO deputy (name, delegation, phone, term) VALUES ('𠮷代表', '测试团', '13987654321', '第十六届')");
        long s = insert(
                "INSERT INTO suggestion (serial_no, title, content, category, period, status, submitter_deputy_id, "
                        + "created_at) VALUES (?, ?, '内容', '城乡建设', 'SESSION', 'IN_HANDLING', ?, ?)",
                "P" + run,
                run + "关于𠮷祥路积水的建议（联系电话139 8765 4321）",
                deputy,
                ts("2013-01-05T02:00:00Z"));
        insert(
                "INSERT INTO assignment (suggestion_id, department_id, role, state, active, assigned_at, dispute_due, reply_due) "
                        + "VALUES (?, ?, 'LEAD', 'HANDLING', TRUE, ?, ?, ?)",
                s,
                d,
                ts("2013-01-10T02:00:00Z"),
                LocalDate.parse("2013-01-20"),
                LocalDate.parse("2013-04-10"));
        jdbc.update(
                "INSERT INTO key_suggestion (suggestion_id, supervising_leader, designated_by, designated_at) "
                        + "VALUES (?, 'council1', 'council1', ?)",
                s,
                ts("2013-01-11T02:00:00Z"));

        long id = api.read(api.post("staff1", "/api/disclosures", Map.of("year", 2013, "quarter", 1)))
                .at("/disclosure/id")
                .asLong();
        mvc.perform(get("/public/disclosures/2013-Q1").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("页面不存在")));
        mvc.perform(get("/public/disclosures/2013-Q1.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/public/disclosures/2013-Q1.pdf")).andExpect(status().isNotFound());

        api.read(api.post(
                "staff1", "/api/disclosures/" + id + "/review", Map.of("commentary", "如有疑问请致电 021-12345678。")));
        api.read(api.post(
                "council1",
                "/api/disclosures/" + id + "/approval",
                Map.of(
                        "approve",
                        true,
                        "meetingId",
                        TestMeetings.insert(jdbc, MeetingKind.CHAIRPERSONS_COUNCIL, LocalDate.of(2020, 1, 6)))));

        String page = body("/public/disclosures/2013-Q1");
        assertThat(page).contains("2013年第一季度重点建议及建议办理情况公开", department, run + "关于𠮷祥路积水的建议", "已隐去");
        String csv = body("/public/disclosures/2013-Q1.csv");
        assertThat(csv).startsWith("\uFEFF2013年第一季度").contains(department, run + "关于𠮷祥路积水的建议");
        for (String text : new String[] {page, csv}) {
            assertThat(text).doesNotContain("13987654321", "139 8765 4321", "12345678");
        }
        byte[] pdf = mvc.perform(get("/public/disclosures/2013-Q1.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String pdfText = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(pdfText).contains("2013年第一季度重点建议及建议办理情况公开").doesNotContain("13987654321", "12345678");
        assertThat(body("/public")).contains("/public/disclosures/2013-Q1", "/public/votes");
    }

    @Test
    void a_quarter_with_nothing_published_and_malformed_addresses_are_not_found() throws Exception {
        mvc.perform(get("/public/disclosures/2001-Q1")).andExpect(status().isNotFound());
        mvc.perform(get("/public/disclosures/2001-Q5")).andExpect(status().isNotFound());
        mvc.perform(get("/public/disclosures/2001-Q1.csv")).andExpect(status().isNotFound());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
