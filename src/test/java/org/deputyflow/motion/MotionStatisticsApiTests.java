package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/stats/motions} on motions seeded in 2015 (Shanghai time), a year no other test
 * submits in, against numbers counted by hand.
 */
@DeputyFlowTest
class MotionStatisticsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM motion WHERE serial_no LIKE 'S2015-%'", Integer.class) > 0) {
            return;
        }
        long lead = api.deputyId("deputy001");
        // 13 motions in 2015: the first at the first moment of 1 January in Shanghai
        seed(1, "2014-12-31T16:00:00Z", "CONVERTED", "NOT_LISTED", lead);
        seed(2, "2015-01-10T02:00:00Z", "AWAITING_SIGNERS", null, lead);
        seed(3, "2015-02-10T02:00:00Z", "LAPSED", null, lead);
        seed(4, "2015-03-10T02:00:00Z", "LAPSED", null, lead);
        seed(5, "2015-04-10T02:00:00Z", "FORM_CHECK", null, lead);
        seed(6, "2015-05-10T02:00:00Z", "RETURNED", null, lead);
        seed(7, "2015-06-10T02:00:00Z", "AWAITING_DECISION", null, lead);
        seed(8, "2015-07-10T02:00:00Z", "ON_AGENDA", "PUT_ON_AGENDA", lead);
        seed(9, "2015-08-10T02:00:00Z", "ON_AGENDA", "PUT_ON_AGENDA", lead);
        seed(10, "2015-09-10T02:00:00Z", "REFERRED", "REFER_TO_COMMITTEE", lead);
        seed(11, "2015-10-10T02:00:00Z", "COMMITTEE_REPORTED", "REFER_TO_COMMITTEE", lead);
        seed(12, "2015-11-10T02:00:00Z", "NOT_LISTED", "NOT_LISTED", lead);
        seed(13, "2015-12-31T15:59:59.999Z", "CONVERTED", "NOT_LISTED", lead);
        // outside 2015 in Shanghai, though 2015 in UTC: 00:30 on 1 January 2016
        seed(14, "2015-12-31T16:30:00Z", "ON_AGENDA", "PUT_ON_AGENDA", lead);
        // outside: the last moment of 2014 in Shanghai
        seed(15, "2014-12-31T15:59:59.999Z", "LAPSED", null, lead);
    }

    private void seed(int n, String createdAt, String status, String outcome, long lead) {
        jdbc.update(
                """
                INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,
                                    created_at, signing_due, outcome)
                VALUES (?, ?, '案由', '案据', '方案', 'SESSION', ?, ?, ?, ?, ?)""",
                "S2015-%04d".formatted(n),
                "统计用议案" + n,
                status,
                lead,
                Timestamp.from(Instant.parse(createdAt)),
                LocalDate.of(2015, 12, 31),
                outcome);
    }

    @Test
    void a_year_counts_submitted_lapsed_decided_by_outcome_and_converted() throws Exception {
        api.get("staff1", "/api/stats/motions?from=2015-01-01&to=2015-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2015-01-01"))
                .andExpect(jsonPath("$.to").value("2015-12-31"))
                .andExpect(jsonPath("$.submitted").value(13))
                .andExpect(jsonPath("$.awaitingSigners").value(1))
                .andExpect(jsonPath("$.lapsed").value(2))
                .andExpect(jsonPath("$.inFormCheck").value(1))
                .andExpect(jsonPath("$.returned").value(1))
                .andExpect(jsonPath("$.awaitingDecision").value(1))
                .andExpect(jsonPath("$.decided.PUT_ON_AGENDA").value(2))
                .andExpect(jsonPath("$.decided.REFER_TO_COMMITTEE").value(2))
                .andExpect(jsonPath("$.decided.NOT_LISTED").value(3))
                .andExpect(jsonPath("$.awaitingReport").value(1))
                .andExpect(jsonPath("$.committeeReported").value(1))
                .andExpect(jsonPath("$.converted").value(2));
        // without from: the first of January of to's year
        api.get("council1", "/api/stats/motions?to=2015-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2015-01-01"))
                .andExpect(jsonPath("$.submitted").value(13));
    }

    @Test
    void days_are_days_in_shanghai_and_an_empty_period_counts_zero_everywhere() throws Exception {
        api.get("staff1", "/api/stats/motions?from=2016-01-01&to=2016-01-01")
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.decided.PUT_ON_AGENDA").value(1));
        api.get("staff1", "/api/stats/motions?from=2014-12-31&to=2014-12-31")
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.lapsed").value(1));
        api.get("staff1", "/api/stats/motions?from=2015-12-31&to=2015-12-31")
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.converted").value(1));
        api.get("staff1", "/api/stats/motions?from=2010-01-01&to=2010-12-31")
                .andExpect(jsonPath("$.submitted").value(0))
                .andExpect(jsonPath("$.decided.NOT_LISTED").value(0))
                .andExpect(jsonPath("$.converted").value(0));
    }

    /** Eight motions of 2012 that got past the first decision, each at a different step. */
    private void seedAfterListing() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM motion WHERE serial_no LIKE 'S2012-%'", Integer.class) > 0) {
            return;
        }
        long lead = api.deputyId("deputy001");
        // an adopted law whose report was due long ago, and an adopted decision with time left
        after(1, "IMPLEMENTING", "PUT_ON_AGENDA", null, null, "ADOPTED_LAW", LocalDate.of(2012, 12, 1), lead);
        after(
                2,
                "IMPLEMENTING",
                "REFER_TO_COMMITTEE",
                "PUT_ON_AGENDA",
                "PUT_ON_AGENDA",
                "ADOPTED_DECISION",
                LocalDate.of(2999, 1, 1),
                lead);
        after(3, "IMPLEMENTED", "PUT_ON_AGENDA", null, null, "ADOPTED_LAW", LocalDate.of(2012, 12, 1), lead);
        after(4, "DELIBERATED", "PUT_ON_AGENDA", null, null, "FURTHER_STUDY", null, lead);
        after(5, "DELIBERATED", "REFER_TO_COMMITTEE", "NOT_LISTED", "PUT_ON_AGENDA", "NOT_ADOPTED", null, lead);
        after(6, "NOT_LISTED", "REFER_TO_COMMITTEE", "NOT_LISTED", "NOT_LISTED", null, null, lead);
        after(7, "COMMITTEE_REPORTED", "REFER_TO_COMMITTEE", "PUT_ON_AGENDA", null, null, null, lead);
        after(8, "REFERRED", "REFER_TO_COMMITTEE", null, null, null, null, lead);
    }

    private void after(
            int n,
            String status,
            String outcome,
            String recommendation,
            String secondDecision,
            String meetingOutcome,
            LocalDate implementationDue,
            long lead) {
        jdbc.update(
                """
                INSERT INTO motion (serial_no, title, reason, basis, proposal, period, status, lead_deputy_id,
                                    created_at, signing_due, outcome, committee_recommendation, second_decision,
                                    meeting_outcome, meeting_date, meeting_number, implementation_due)
                VALUES (?, ?, '案由', '案据', '方案', 'SESSION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                "S2012-%04d".formatted(n),
                "审议后统计用议案" + n,
                status,
                lead,
                Timestamp.from(Instant.parse("2012-03-0%dT02:00:00Z".formatted(n))),
                LocalDate.of(2012, 3, 31),
                outcome,
                recommendation,
                secondDecision,
                meetingOutcome,
                meetingOutcome == null ? null : LocalDate.of(2012, 6, 1),
                meetingOutcome == null ? null : "第三次会议",
                implementationDue);
    }

    @Test
    void after_listing_it_counts_recommendations_second_decisions_meeting_outcomes_and_implementation()
            throws Exception {
        seedAfterListing();
        api.get("council1", "/api/stats/motions?from=2012-01-01&to=2012-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(8))
                .andExpect(jsonPath("$.decided.PUT_ON_AGENDA").value(3))
                .andExpect(jsonPath("$.decided.REFER_TO_COMMITTEE").value(5))
                .andExpect(jsonPath("$.awaitingReport").value(1))
                .andExpect(jsonPath("$.committeeReported").value(1))
                .andExpect(jsonPath("$.recommended.PUT_ON_AGENDA").value(2))
                .andExpect(jsonPath("$.recommended.NOT_LISTED").value(2))
                .andExpect(jsonPath("$.secondDecided.PUT_ON_AGENDA").value(2))
                .andExpect(jsonPath("$.secondDecided.NOT_LISTED").value(1))
                .andExpect(jsonPath("$.onAgenda").value(0))
                .andExpect(jsonPath("$.meetingOutcomes.ADOPTED_LAW").value(2))
                .andExpect(jsonPath("$.meetingOutcomes.ADOPTED_DECISION").value(1))
                .andExpect(jsonPath("$.meetingOutcomes.FURTHER_STUDY").value(1))
                .andExpect(jsonPath("$.meetingOutcomes.NOT_ADOPTED").value(1))
                .andExpect(jsonPath("$.implementing").value(2))
                .andExpect(jsonPath("$.implementationOverdue").value(1))
                .andExpect(jsonPath("$.implemented").value(1))
                .andExpect(jsonPath("$.deliberated").value(2))
                .andExpect(jsonPath("$.notListed").doesNotExist());
        // the annual report says the same: four referred motions have their committee report in
        api.get("council1", "/api/reports/annual/2012")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.motions.submitted").value(8))
                .andExpect(jsonPath("$.motions.committeeReported").value(4))
                .andExpect(jsonPath("$.motions.adoptedLaw").value(2))
                .andExpect(jsonPath("$.motions.adoptedDecision").value(1))
                .andExpect(jsonPath("$.motions.furtherStudy").value(1))
                .andExpect(jsonPath("$.motions.notAdopted").value(1))
                .andExpect(jsonPath("$.motions.implemented").value(1))
                .andExpect(jsonPath("$.motions.implementing").value(2))
                .andExpect(jsonPath("$.motions.implementationOverdue").value(1));
        // and so does its Word draft, in a paragraph of its own
        byte[] file = api.get("council1", "/api/reports/annual/2012.docx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            assertThat(document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList())
                    .contains("经常委会会议审议，通过为地方性法规的2件，通过为决议、决定的1件，继续研究的1件，未获通过的1件；"
                            + "通过的议案中已报告实施情况的1件，尚待报告的2件（其中超过报告期限的1件）。");
        }
    }

    @Test
    void only_staff_and_council_read_it_and_bad_dates_are_400() throws Exception {
        api.get("deputy001", "/api/stats/motions")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.get("dept01-handler", "/api/stats/motions").andExpect(status().isForbidden());
        api.get("staff1", "/api/stats/motions?from=2015-12-31&to=2015-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.get("staff1", "/api/stats/motions?from=15.1.2015").andExpect(status().isBadRequest());
        api.get("staff1", "/api/stats/motions?from=0001-01-01&to=2015-01-01").andExpect(status().isBadRequest());
        api.get("staff1", "/api/stats/motions").andExpect(status().isOk());
    }
}
