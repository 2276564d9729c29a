package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The staff's suggestion list with the API's filters, and its CSV and Excel exports with the same filters. */
@DeputyFlowTest
class StaffSuggestionsControllerTests {

    static final List<String> HEADERS = List.of("编号", "标题", "类别", "提出时间段", "状态", "领衔代表", "提交时间");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    String token;
    long submitted;
    long accepted;
    long assigned;

    @BeforeEach
    void setUp() throws Exception {
        api = new SuggestionApi(mvc, json, jdbc);
        token = ReportingData.unique("导出");
        submitted = api.submit("deputy088", token + " 待审查");
        accepted = api.submit("deputy088", token + " 已立案");
        api.accept(accepted);
        assigned = api.submit("deputy089", token + " 已交办");
        api.accept(assigned);
        api.assign(assigned, List.of("dept16"), List.of());
        api.submit("deputy088", ReportingData.unique("别的建议"));
    }

    MvcResult fetch(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn();
    }

    String page(String query) throws Exception {
        return fetch("/staff/suggestions" + query).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    List<List<String>> csv(String query) throws Exception {
        byte[] body = fetch("/staff/suggestions.csv" + query).getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly((byte) 0xEF, (byte) 0xBB, (byte)
                0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            lines.add(List.of(line.split(",", -1)));
        }
        return lines;
    }

    List<List<String>> xlsx(String query) throws Exception {
        byte[] body = fetch("/staff/suggestions.xlsx" + query).getResponse().getContentAsByteArray();
        List<List<String>> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("建议列表");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                lines.add(cells);
            }
        }
        return lines;
    }

    String number(long id) throws Exception {
        return api.dossier("staff1", id).get("suggestion").get("number").asText();
    }

    @Test
    void the_list_filters_by_text_status_and_department() throws Exception {
        assertThat(page("?q=" + token))
                .contains(
                        "data-suggestion-id=\"" + submitted + "\"",
                        "data-suggestion-id=\"" + accepted + "\"",
                        "data-suggestion-id=\"" + assigned + "\"")
                .contains("id=\"export-csv\"", "id=\"export-xlsx\"", "id=\"filter-department\"");

        String acceptedOnly = page("?q=" + token + "&status=ACCEPTED");
        assertThat(acceptedOnly)
                .contains("data-suggestion-id=\"" + accepted + "\"")
                .doesNotContain("data-suggestion-id=\"" + submitted + "\"", "data-suggestion-id=\"" + assigned + "\"");
        assertThat(acceptedOnly)
                .containsPattern("/staff/suggestions\\.csv\\?status=ACCEPTED[^\"]*q="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));

        String dept16 = page("?q=" + token + "&departmentId=" + api.departmentId("dept16"));
        assertThat(dept16)
                .contains("data-suggestion-id=\"" + assigned + "\"")
                .doesNotContain("data-suggestion-id=\"" + accepted + "\"");
    }

    @Test
    void the_csv_export_has_chinese_headers_and_exactly_the_filtered_rows() throws Exception {
        MvcResult result = fetch("/staff/suggestions.csv?status=ACCEPTED&q=" + token);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", "suggestions.csv");

        List<List<String>> lines = csv("?status=ACCEPTED&q=" + token);

        assertThat(lines.get(0)).isEqualTo(HEADERS);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).subList(0, 5)).containsExactly(number(accepted), token + " 已立案", "城乡建设", "大会期间", "已立案");
        assertThat(lines.get(1).get(6)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        assertThat(csv("?q=" + token)).hasSize(4);
    }

    @Test
    void the_excel_export_has_chinese_headers_and_exactly_the_filtered_rows() throws Exception {
        mvc.perform(get("/staff/suggestions.xlsx?q=" + token).with(httpBasic("staff1", "demo")))
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("suggestions.xlsx")));

        List<List<String>> rows = xlsx("?q=" + token + "&departmentId=" + api.departmentId("dept16"));

        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 5)).containsExactly(number(assigned), token + " 已交办", "城乡建设", "大会期间", "办理中");

        List<List<String>> all = xlsx("?q=" + token);
        assertThat(all.subList(1, all.size()))
                .extracting(r -> r.get(1))
                .containsExactlyInAnyOrder(token + " 待审查", token + " 已立案", token + " 已交办");
    }

    @Test
    void an_export_longer_than_one_page_of_the_query_is_complete() throws Exception {
        ReportingData data = new ReportingData(jdbc);
        String many = ReportingData.unique("批量");
        long deputy = data.deputy();
        for (int i = 0; i < PageRequest.MAX_SIZE + 5; i++) {
            data.suggestion(deputy)
                    .status("CLOSED")
                    .title(many + " 第" + i + "件")
                    .insert();
        }

        List<List<String>> csv = csv("?q=" + many);
        List<List<String>> xlsx = xlsx("?q=" + many + "&status=CLOSED");

        assertThat(csv).hasSize(PageRequest.MAX_SIZE + 6);
        assertThat(xlsx).hasSize(PageRequest.MAX_SIZE + 6);
        assertThat(csv.subList(1, csv.size()))
                .extracting(r -> r.get(1))
                .doesNotHaveDuplicates()
                .allMatch(title -> title.startsWith(many));
    }

    @Test
    void a_title_that_looks_like_a_formula_is_written_as_text_in_the_csv() throws Exception {
        String formula = ReportingData.unique("=HYPERLINK");
        api.submit("deputy090", formula + "(x)");

        assertThat(csv("?q=" + formula.substring(1)).get(1).get(1)).isEqualTo("'" + formula + "(x)");
    }

    @Test
    void only_staff_open_the_list_and_its_exports() throws Exception {
        for (String login : List.of("deputy088", "dept16-handler", "council1", "member01", "admin")) {
            for (String path : List.of("/staff/suggestions", "/staff/suggestions.csv", "/staff/suggestions.xlsx")) {
                mvc.perform(get(path).with(httpBasic(login, "demo"))).andExpect(status().isForbidden());
            }
        }
    }
}
