package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads the annual report, how a bad year is refused, and the audit line of a download, on
 * 1987: a year nobody writes in, so that its report is all zeros on any shared database.
 */
@DeputyFlowTest
class AnnualReportApiTests {

    static final String EMPTY_YEAR = "1987";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_and_council_read_the_figures_the_document_and_the_page_and_nobody_else_does() throws Exception {
        for (String login : List.of("staff1", "council1")) {
            mvc.perform(get("/api/reports/annual/" + EMPTY_YEAR).with(httpBasic(login, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.received.total").value(0))
                    .andExpect(jsonPath("$.handling.replied").value(0))
                    .andExpect(jsonPath("$.handling.satisfactionRate.rate").doesNotExist())
                    .andExpect(jsonPath("$.votes.held").value(0));
            mvc.perform(get("/api/reports/annual/" + EMPTY_YEAR + ".docx").with(httpBasic(login, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(
                            header().string("Content-Disposition", "attachment; filename=\"annual-report-1987.docx\""));
            mvc.perform(get("/staff/reports/annual").param("year", EMPTY_YEAR).with(httpBasic(login, "demo")))
                    .andExpect(status().isOk());
        }
        for (String login : List.of("deputy001", "dept01-handler", "dept01-leader", "member01", "admin")) {
            for (String path : List.of("/api/reports/annual/" + EMPTY_YEAR, "/api/reports/annual/1987.docx")) {
                mvc.perform(get(path).with(httpBasic(login, "demo")))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
            mvc.perform(get("/staff/reports/annual").with(httpBasic(login, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/reports/annual/" + EMPTY_YEAR)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/annual/1987.docx")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_year_the_calendar_cannot_hold_is_a_problem_and_writes_no_audit_line() throws Exception {
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        for (String path : List.of("/api/reports/annual/1899", "/api/reports/annual/3000.docx")) {
            mvc.perform(get(path).with(httpBasic("staff1", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1900")));
        }
        assertThat(audit.since(mark, "export.annual-report")).isEmpty();

        for (String year : List.of("1899", "last")) {
            String html = mvc.perform(
                            get("/staff/reports/annual").param("year", year).with(httpBasic("staff1", "demo")))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("class=\"field-error\"").doesNotContain("id=\"annual-draft\"");
        }
    }

    @Test
    void a_download_is_an_export_with_its_audit_line() throws Exception {
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        byte[] file = mvc.perform(
                        get("/api/reports/annual/" + EMPTY_YEAR + ".docx").with(httpBasic("council1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<String, Object>> lines = audit.since(mark, "export.annual-report");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("actor_login")).isEqualTo("council1");
        assertThat(lines.get(0).get("record_id")).isEqualTo(EMPTY_YEAR);
        assertThat(lines.get(0).get("outcome")).isEqualTo(AuditTrail.SUCCESS);
        assertThat(lines.get(0).get("details").toString()).contains("\"format\":\"docx\"", "\"year\":1987");

        // an empty year still reads as a report: no rate without a base, no key suggestions, no votes
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> text = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(text)
                    .contains(
                            "1987年度代表建议办理情况的报告",
                            "1987年，代表共提出建议0件，其中大会期间提出0件，闭会期间提出0件。",
                            "本年度提出的建议中没有确定为重点建议的。",
                            "本年度没有安排满意度测评。");
            assertThat(text).anyMatch(p -> p.contains("按期答复率为无（无可计算的基数）"));
            assertThat(document.getTables()).isEmpty();
        }
    }

    @Test
    void the_english_page_is_english() throws Exception {
        String html = mvc.perform(get("/staff/reports/annual")
                        .param("year", EMPTY_YEAR)
                        .param("lang", "en")
                        .header("Accept-Language", "en")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "Report on the handling of deputies\u2019 suggestions in 1987",
                        "In 1987, deputies submitted 0 suggestions");
    }
}
