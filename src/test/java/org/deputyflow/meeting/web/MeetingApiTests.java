package org.deputyflow.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Staff keep meetings through the API: create, list by kind and year, read, correct. */
@DeputyFlowTest
class MeetingApiTests {

    static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffCreateAMeetingThatIsReadBackAndListedByKindAndYear() throws Exception {
        String number = unique("第十六届第");
        long id = create("staff1", "STANDING_COMMITTEE", number, "2011-03-02", "第十六届常委会第5次会议");
        mvc.perform(get("/api/meetings/" + id).with(httpBasic("council1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("STANDING_COMMITTEE"))
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.heldOn").value("2011-03-02"))
                .andExpect(jsonPath("$.title").value("第十六届常委会第5次会议"))
                .andExpect(jsonPath("$.createdBy").value("staff1"));
        long other = create("admin", "CHAIRPERSONS_COUNCIL", unique("第十六届主任会议第"), "2011-05-02", null);

        mvc.perform(get("/api/meetings")
                        .param("kind", "STANDING_COMMITTEE")
                        .param("year", "2011")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.id == " + other + ")]", hasSize(0)));
        mvc.perform(get("/api/meetings").param("year", "2012").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]", hasSize(0)));
        mvc.perform(get("/api/meetings")
                        .param("year", "2011")
                        .param("size", "200")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.id == " + other + ")]", hasSize(1)));
    }

    @Test
    void aSecondMeetingOfTheSameKindAndNumberIsAConflictAndWritesNothing() throws Exception {
        String number = unique("第十五届第");
        create("staff1", "CHAIRPERSONS_COUNCIL", number, "2010-01-05", null);
        send("staff1", "CHAIRPERSONS_COUNCIL", number, "2010-02-05")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count(number)).isEqualTo(1);
        // the same number in another kind is another meeting
        send("staff1", "STANDING_COMMITTEE", number, "2010-02-05").andExpect(status().isCreated());
        assertThat(count(number)).isEqualTo(2);
    }

    @Test
    void incompleteMeetingsAreRefusedWithTheFieldToFix() throws Exception {
        String number = unique("第十四届第");
        send("staff1", null, number, "2010-01-05")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").exists());
        send("staff1", "STANDING_COMMITTEE", " ", "2010-01-05")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.number").exists());
        send("staff1", "STANDING_COMMITTEE", number, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").exists());
        send("staff1", "STANDING_COMMITTEE", number, "1899-12-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").exists());
        mvc.perform(post("/api/meetings")
                        .with(httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SYNOD\",\"number\":\"" + number + "\",\"heldOn\":\"2010-01-05\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count(number)).isZero();
    }

    @Test
    void onlyStaffAndAdminsKeepMeetings() throws Exception {
        String number = unique("第十三届第");
        send("council1", "STANDING_COMMITTEE", number, "2010-01-05").andExpect(status().isForbidden());
        send("deputy001", "STANDING_COMMITTEE", number, "2010-01-05").andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings").with(httpBasic("deputy001", "demo"))).andExpect(status().isForbidden());
        assertThat(count(number)).isZero();
    }

    @Test
    void aMeetingNothingRefersToIsCorrected() throws Exception {
        String number = unique("第十二届第");
        long id = create("staff1", "STANDING_COMMITTEE", number, "2010-01-05", null);
        String corrected = number + "（更正）";
        mvc.perform(put("/api/meetings/" + id)
                        .with(httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("STANDING_COMMITTEE", corrected, "2010-01-06", "更正后的名称")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(corrected))
                .andExpect(jsonPath("$.heldOn").value("2010-01-06"));
        assertThat(jdbc.queryForObject("SELECT title FROM meeting WHERE id = ?", String.class, id))
                .isEqualTo("更正后的名称");
        mvc.perform(put("/api/meetings/999999999")
                        .with(httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("STANDING_COMMITTEE", corrected, "2010-01-06", null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusalNamesItsCodeAndReadsInTheCallersLanguage() throws Exception {
        String number = unique("第十四届第");
        create("staff1", "CHAIRPERSONS_COUNCIL", number, "2009-01-05", null);
        send("staff1", "CHAIRPERSONS_COUNCIL", number, "2009-02-05")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.meeting.duplicate"))
                .andExpect(jsonPath("$.detail").value("主任会议 " + number + " 已经登记过"));
        mvc.perform(post("/api/meetings")
                        .with(httpBasic("staff1", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("CHAIRPERSONS_COUNCIL", number, "2009-02-05", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.meeting.duplicate"))
                .andExpect(jsonPath("$.detail").value("Chairpersons' Council " + number + " is already recorded"));
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        mvc.perform(get("/api/meetings/999999999").with(httpBasic("staff1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/meetings/999999999/decisions").with(httpBasic("council1", "demo")))
                .andExpect(status().isNotFound());
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + "-" + NUMBERS.incrementAndGet() + "次";
    }

    long create(String login, String kind, String number, String heldOn, String title) throws Exception {
        String location = mvc.perform(post("/api/meetings")
                        .with(httpBasic(login, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kind, number, heldOn, title)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    ResultActions send(String login, String kind, String number, String heldOn) throws Exception {
        return mvc.perform(post("/api/meetings")
                .with(httpBasic(login, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(kind, number, heldOn, null)));
    }

    String body(String kind, String number, String heldOn, String title) throws Exception {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("kind", kind);
        m.put("number", number);
        m.put("heldOn", heldOn);
        m.put("title", title);
        return json.writeValueAsString(m);
    }

    long count(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE number = ?", Long.class, number);
    }
}
