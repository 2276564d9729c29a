package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.motion.MotionReports;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MotionStatistics;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.reporting.domain.AnnualReport;
import org.deputyflow.suggestion.reporting.domain.CategoryCount;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.FollowUpFigures;
import org.deputyflow.suggestion.reporting.domain.MotionFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report on a year built by hand (1989, Shanghai time, a year no other test writes in):
 * exact figures, the same figures as the department and motion statistics of that year, and the
 * Word document read back. Each test's rows are rolled back with its transaction.
 */
@DeputyFlowTest
@Transactional
class AnnualReportsTests {

    static final int YEAR = 1989;
    static final Instant MARCH = Instant.parse("1989-03-01T02:00:00Z");

    @Autowired
    AnnualReports annual;

    @Autowired
    HandlingReports handling;

    @Autowired
    MotionReports motions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    ReportingData data;
    String transport;
    String water;

    @BeforeEach
    void seed() {
        data = new ReportingData(jdbc);
        transport = ReportingData.unique("年报交通局");
        water = ReportingData.unique("年报水务局");
        long a = data.department(transport);
        long b = data.department(water);
        long deputy = data.deputy();

        // the first moment of 1989 in Shanghai is in; the first moment of 1990 is out
        long s1 = suggestion(deputy, "CLOSED", "城乡建设", "SESSION", "1989-02-01T02:00:00Z");
        long s2 = suggestion(deputy, "FOLLOW_UP", "教育", "SESSION", "1989-02-02T02:00:00Z");
        long s3 = suggestion(deputy, "IN_HANDLING", "城乡建设", "RECESS", "1989-07-01T02:00:00Z");
        suggestion(deputy, "RETURNED", "教育", "RECESS", "1989-08-01T02:00:00Z");
        suggestion(deputy, "CONVERTED_TO_LETTER", "城乡建设", "SESSION", "1989-02-03T02:00:00Z");
        suggestion(deputy, "MERGED", "城乡建设", "SESSION", "1989-02-04T02:00:00Z");
        suggestion(deputy, "WITHDRAWN", "医疗卫生", "RECESS", "1989-09-01T02:00:00Z");
        suggestion(deputy, "SUBMITTED", "医疗卫生", "RECESS", "1989-12-31T15:59:59Z");
        long s9 = suggestion(deputy, "REPLIED", "城乡建设", "SESSION", "1989-02-05T02:00:00Z");
        long s10 = data.suggestion(deputy)
                .status("CLOSED")
                .submittedAt(Instant.parse("1988-12-31T16:00:00Z"))
                .notEvaluated()
                .insert();
        suggestion(deputy, "SUBMITTED", "城乡建设", "SESSION", "1989-12-31T16:00:00Z");
        suggestion(deputy, "SUBMITTED", "城乡建设", "SESSION", "1988-12-31T15:59:59Z");

        // six active assignments of 1989: A replies to three; B co-handles one (its opinion waived), owes one, replies
        // to one
        long a1 = data.assignment(s1, a)
                .assignedAt(MARCH)
                .state("DONE")
                .replyDue(LocalDate.of(1989, 6, 1))
                .replied(Instant.parse("1989-05-01T02:00:00Z"), true)
                .insert();
        data.reply(a1, 1, "A", true);
        data.evaluation(a1, 1, "SATISFIED", "SATISFIED", deputy);
        long a2 = data.assignment(s2, a)
                .assignedAt(MARCH)
                .state("DONE")
                .replyDue(LocalDate.of(1989, 6, 1))
                .replied(Instant.parse("1989-08-01T02:00:00Z"), false)
                .insert();
        data.reply(a2, 1, "B", true);
        data.evaluation(a2, 1, "SATISFIED", "BASICALLY_SATISFIED", deputy);
        data.extension(a2, true);
        data.extension(a2, false);
        data.followUp(a2, false, Instant.parse("1989-09-01T02:00:00Z"));
        data.followUp(a2, true, Instant.parse("1989-11-01T02:00:00Z"));
        data.assignment(s2, b)
                .role("CO")
                .state("DONE")
                .assignedAt(MARCH)
                .opinionDue(LocalDate.of(1989, 4, 1))
                .opinionWaived()
                .insert();
        data.assignment(s3, a)
                .inactive()
                .assignedAt(MARCH)
                .replyDue(LocalDate.of(1989, 6, 1))
                .insert();
        data.assignment(s3, b)
                .assignedAt(MARCH)
                .replyDue(LocalDate.of(1989, 6, 1))
                .insert();
        long a9 = data.assignment(s9, b)
                .assignedAt(MARCH)
                .state("REPLIED")
                .replyDue(LocalDate.of(1989, 6, 1))
                .replied(Instant.parse("1989-05-02T02:00:00Z"), true)
                .insert();
        data.reply(a9, 1, "C", false);
        data.reply(a9, 2, "C", true);
        data.followUp(a9, true, Instant.parse("1990-02-01T02:00:00Z"));
        long a10 = data.assignment(s10, a)
                .assignedAt(MARCH)
                .state("DONE")
                .replyDue(LocalDate.of(1989, 6, 1))
                .replied(Instant.parse("1989-04-01T02:00:00Z"), true)
                .insert();
        data.reply(a10, 1, "A", true);

        for (long key : List.of(s1, s2, s3)) {
            jdbc.update("""
                    INSERT INTO key_suggestion (suggestion_id, supervising_leader, designated_by, designated_at)
                    VALUES (?, 'council1', 'staff1', ?)""", key, Timestamp.from(MARCH));
        }

        long lead = deputy;
        motion(1, "ON_AGENDA", "PUT_ON_AGENDA", lead);
        motion(2, "REFERRED", "REFER_TO_COMMITTEE", lead);
        motion(3, "COMMITTEE_REPORTED", "REFER_TO_COMMITTEE", lead);
        motion(4, "CONVERTED", "NOT_LISTED", lead);
        motion(5, "NOT_LISTED", "NOT_LISTED", lead);
        motion(6, "LAPSED", null, lead);
        motion(7, "AWAITING_DECISION", null, lead);

        long staff = jdbc.queryForObject("SELECT id FROM app_user WHERE login = 'staff1'", Long.class);
        vote(a, LocalDate.of(1989, 6, 20), "CLOSED", "SATISFIED", staff, 30, 5, 2, 1);
        vote(b, LocalDate.of(1989, 10, 10), "CLOSED", "UNSATISFIED", staff, 10, 8, 20, 0);
        vote(a, LocalDate.of(1989, 12, 20), "PREPARING", null, staff, 0, 0, 0, 0);
        vote(b, LocalDate.of(1990, 1, 5), "CLOSED", "SATISFIED", staff, 40, 0, 0, 0);
    }

    private long suggestion(long deputy, String status, String category, String period, String submittedAt) {
        return data.suggestion(deputy)
                .status(status)
                .category(category)
                .period(period)
                .submittedAt(Instant.parse(submittedAt))
                .insert();
    }

    private void motion(int n, String status, String outcome, long lead) {
        jdbc.update(
                """
                INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,
                                    created_at, signing_due, outcome)
                VALUES (?, ?, '案由', '案据', '方案', 'SESSION', ?, ?, ?, ?, ?)""",
                "Y1989-%04d".formatted(n),
                "年报议案" + n,
                status,
                lead,
                Timestamp.from(MARCH.plusSeconds(n)),
                LocalDate.of(1989, 3, 31),
                outcome);
    }

    private void vote(
            long department,
            LocalDate meeting,
            String status,
            String outcome,
            long staff,
            int satisfied,
            int basically,
            int unsatisfied,
            int invalid) {
        jdbc.update("""
                INSERT INTO vote (title, meeting_date, department_id, report_title, round_no, status, electorate_size,
                                  outcome, created_by, created_at)
                VALUES ('满意度测评', ?, ?, '工作报告', 1, ?, 40, ?, ?, ?)""", meeting, department, status, outcome, staff, Timestamp.from(MARCH));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM vote", Long.class);
        jdbc.update("""
                INSERT INTO vote_tally (vote_id, satisfied_count, basically_satisfied_count, unsatisfied_count,
                                        invalid_count) VALUES (?, ?, ?, ?, ?)""", id, satisfied, basically, unsatisfied, invalid);
    }

    @Test
    void the_year_is_counted_by_period_category_screening_handling_class_and_rating() {
        AnnualReport report = annual.year(YEAR);

        assertThat(report.from()).isEqualTo(LocalDate.of(1989, 1, 1));
        assertThat(report.to()).isEqualTo(LocalDate.of(1989, 12, 31));
        var received = report.received();
        assertThat(received.total()).isEqualTo(10);
        assertThat(received.byPeriod())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Period.SESSION, 6L, Period.RECESS, 4L));
        assertThat(received.byCategory())
                .containsExactly(
                        new CategoryCount("城乡建设", 6), new CategoryCount("医疗卫生", 2), new CategoryCount("教育", 2));
        assertThat(List.of(
                        received.accepted(),
                        received.returned(),
                        received.convertedToLetter(),
                        received.merged(),
                        received.withdrawn(),
                        received.pending()))
                .containsExactly(5L, 1L, 1L, 1L, 1L, 1L);

        DepartmentStatistics h = report.handling();
        assertThat(List.of(
                        h.assigned(),
                        h.assignedAsLead(),
                        h.assignedAsCoUnit(),
                        h.replied(),
                        h.repliedOnTime(),
                        h.repliedLate(),
                        h.overdueNow(),
                        h.extensions(),
                        h.evaluated(),
                        h.notEvaluated()))
                .containsExactly(6L, 5L, 1L, 4L, 3L, 1L, 1L, 1L, 2L, 1L);
        assertThat(h.opinionsLate()).isEqualTo(1);
        assertThat(h.resultClasses())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ResultClass.A, 2L, ResultClass.B, 1L, ResultClass.C, 1L, ResultClass.D, 0L));
        assertThat(h.result())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Rating.SATISFIED, 1L, Rating.BASICALLY_SATISFIED, 1L, Rating.UNSATISFIED, 0L));
        assertThat(h.attitude().get(Rating.SATISFIED)).isEqualTo(2);
        assertThat(report.onTime()).extracting("count", "of").containsExactly(3L, 4L);
        assertThat(h.solvedRate().rate()).isEqualByComparingTo("0.5");
        assertThat(h.satisfactionRate().rate()).isEqualByComparingTo("1");
        assertThat(report.departments()).extracting(d -> d.department().name()).containsExactly(transport, water);

        var key = report.keySuggestions();
        assertThat(List.of(key.total(), key.replied(), key.closed(), key.inHandling()))
                .containsExactly(3L, 2L, 1L, 1L);
        assertThat(key.resultClasses())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ResultClass.A, 1L, ResultClass.B, 1L, ResultClass.C, 0L, ResultClass.D, 0L));
        assertThat(report.followUps()).isEqualTo(new FollowUpFigures(2, 1, 1));
        assertThat(report.motions()).isEqualTo(new MotionFigures(7, 1, 2, 2, 1, 1, 0, 1, 0, 0, 1));

        var votes = report.votes();
        assertThat(List.of(votes.held(), votes.closed())).containsExactly(3L, 2L);
        assertThat(votes.outcomes())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Rating.SATISFIED, 1L, Rating.BASICALLY_SATISFIED, 0L, Rating.UNSATISFIED, 1L));
        assertThat(votes.lines())
                .extracting("department", "meetingDate", "outcome", "satisfied", "unsatisfied")
                .containsExactly(
                        tuple(transport, LocalDate.of(1989, 6, 20), Rating.SATISFIED, 30L, 2L),
                        tuple(water, LocalDate.of(1989, 10, 10), Rating.UNSATISFIED, 10L, 20L));
    }

    @Test
    void the_report_says_what_the_department_and_motion_statistics_say_for_the_same_year() {
        AnnualReport report = annual.year(YEAR);
        List<DepartmentStatistics> departments = handling.departmentStatistics(
                        LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31))
                .departments();

        assertThat(report.departments()).isEqualTo(departments);
        DepartmentStatistics total = report.handling();
        assertSum(total, departments, DepartmentStatistics::assigned);
        assertSum(total, departments, DepartmentStatistics::assignedAsLead);
        assertSum(total, departments, DepartmentStatistics::replied);
        assertSum(total, departments, DepartmentStatistics::repliedOnTime);
        assertSum(total, departments, DepartmentStatistics::repliedLate);
        assertSum(total, departments, DepartmentStatistics::overdueNow);
        assertSum(total, departments, DepartmentStatistics::extensions);
        assertSum(total, departments, DepartmentStatistics::evaluated);
        assertSum(total, departments, DepartmentStatistics::notEvaluated);
        assertSum(total, departments, DepartmentStatistics::opinionsLate);
        for (ResultClass c : ResultClass.values()) {
            assertSum(total, departments, d -> d.resultClasses().get(c));
        }
        for (Rating r : Rating.values()) {
            assertSum(total, departments, d -> d.result().get(r));
            assertSum(total, departments, d -> d.attitude().get(r));
        }

        MotionStatistics m = motions.statistics(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        assertThat(report.motions())
                .isEqualTo(new MotionFigures(
                        m.submitted(),
                        m.decided().get(DecisionOutcome.PUT_ON_AGENDA),
                        m.decided().get(DecisionOutcome.REFER_TO_COMMITTEE),
                        m.decided().get(DecisionOutcome.NOT_LISTED),
                        m.converted(),
                        m.committeeReported(),
                        m.awaitingSigners(),
                        m.lapsed(),
                        m.inFormCheck(),
                        m.returned(),
                        m.awaitingDecision()));
    }

    private static void assertSum(
            DepartmentStatistics total,
            List<DepartmentStatistics> departments,
            ToLongFunction<DepartmentStatistics> figure) {
        assertThat(figure.applyAsLong(total))
                .isEqualTo(departments.stream().mapToLong(figure).sum());
    }

    @Test
    void the_json_carries_every_figure() throws Exception {
        mvc.perform(get("/api/reports/annual/" + YEAR).with(httpBasic("council1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.received.total").value(10))
                .andExpect(jsonPath("$.received.byPeriod.RECESS").value(4))
                .andExpect(jsonPath("$.received.byCategory[0].category").value("城乡建设"))
                .andExpect(jsonPath("$.handling.replied").value(4))
                .andExpect(jsonPath("$.handling.satisfactionRate.count").value(2))
                .andExpect(jsonPath("$.departments.length()").value(2))
                .andExpect(jsonPath("$.keySuggestions.total").value(3))
                .andExpect(jsonPath("$.followUps.delivered").value(1))
                .andExpect(jsonPath("$.motions.submitted").value(7))
                .andExpect(jsonPath("$.votes.lines.length()").value(2));
    }

    @Test
    void the_word_document_has_the_headings_tables_chinese_fonts_and_the_sentences_with_the_figures() throws Exception {
        byte[] file = mvc.perform(get("/api/reports/annual/" + YEAR + ".docx").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(paragraphs.get(0)).isEqualTo("1989年度代表建议办理情况的报告");
            assertThat(paragraphs)
                    .contains(
                            "一、代表建议的提出和交办情况",
                            "二、代表建议的办理情况",
                            "三、代表对办理工作的评价",
                            "四、重点建议督办情况",
                            "五、跟踪办理情况",
                            "六、代表议案的处理情况",
                            "七、满意度测评情况",
                            "1989年，代表共提出建议10件，其中大会期间提出6件，闭会期间提出4件。",
                            "按内容分类，城乡建设方面6件，医疗卫生方面2件，教育方面2件。",
                            "经审查，立案交办5件，退回修改1件，转作代表来信处理1件，并案处理1件，代表撤回1件，尚在审查1件。",
                            "全年共向承办单位交办6件次，其中主办（含分办）5件次，协办1件次；协办单位未按期提出协办意见（含经同意不再等待的）1件次。",
                            "承办单位已答复4件次，其中按期答复3件次，超期答复1件次，按期答复率为75.0%（3/4）；" + "目前已超过期限仍未答复的1件次。经批准延期答复1次。",
                            "从答复结果看，所提问题已经解决或基本解决的（A类）2件次，列入年度计划正在解决的（B类）1件次，"
                                    + "列入规划逐步解决的（C类）1件次，留作参考的（D类）0件次，解决率（A类占已答复的比例）为50.0%（2/4）。",
                            "代表对2件次答复作出了评价。对办理结果表示满意的1件次，基本满意的1件次，不满意的0件次，" + "满意率（满意和基本满意）为100.0%（2/2）。",
                            "本年度提出的建议中，确定重点建议3件，已答复2件（其中已办结1件），正在办理1件。",
                            "答复为B类、C类的2件次需要跟踪办理。全年承办单位报送跟踪办理情况2份，涉及1件次，其中报告已落实的1件次。",
                            "1989年代表提出议案7件。经主席团（主任会议）决定，列入会议议程的1件，交有关专门委员会审议的2件"
                                    + "（专门委员会已提出审议结果报告的1件），不列入会议议程的2件（其中转为建议办理的1件）。",
                            "全年共安排满意度测评3次，已完成测评2次，测评结果为满意的1次，基本满意的0次，不满意的1次。");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("以上数字为承办单位报送的情况；按计划完成时间是否按期落实"));

            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo("城乡建设");
            XWPFTable departments = tables.get(1);
            assertThat(departments.getRow(0).getCell(0).getText()).isEqualTo("承办单位");
            assertThat(departments.getRow(1).getCell(0).getText()).isEqualTo(transport);
            assertThat(departments.getRow(1).getCell(3).getText()).isEqualTo("66.7%（2/3）");
            assertThat(tables.get(2).getRow(2).getCell(0).getText()).isEqualTo(water);

            // the Chinese font is set for East Asian text: 黑体 on the title and headings, 仿宋 on the text
            assertThat(eastAsiaFont(document.getParagraphs().get(0))).isEqualTo("黑体");
            assertThat(eastAsiaFont(document.getParagraphs().get(2))).isEqualTo("黑体");
            assertThat(eastAsiaFont(document.getParagraphs().get(3))).isEqualTo("仿宋");
            assertThat(eastAsiaFont(
                            departments.getRow(1).getCell(0).getParagraphs().get(0)))
                    .isEqualTo("宋体");
            // the section headings are headings to Word (outline level 1), the text is not
            assertThat(document.getParagraphs()
                            .get(2)
                            .getCTP()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isZero();
            assertThat(document.getParagraphs().get(3).getCTP().getPPr().isSetOutlineLvl())
                    .isFalse();
        }
    }

    private static String eastAsiaFont(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    @Test
    void the_page_shows_the_same_sentences_and_tables() throws Exception {
        String html = mvc.perform(get("/staff/reports/annual?year=" + YEAR).with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(
                        "1989年度代表建议办理情况的报告",
                        "id=\"annual-handling\"",
                        "按期答复率为75.0%（3/4）",
                        "href=\"/api/reports/annual/1989.docx\"",
                        ">" + transport + "<");
    }
}
