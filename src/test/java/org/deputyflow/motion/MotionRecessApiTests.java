package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.motion.process.MotionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A congress that refuses motions during the recess and has a session from 10 to 14 January 2027:
 * the day of submission decides, whatever the deputy chose, and a refused motion leaves no trace.
 * The rules are read at start-up, so this is a context of its own beside the shared one: its engine
 * and process application take names of their own, as the cluster tests' nodes do.
 */
@DeputyFlowTest
@TestPropertySource(
        properties = {
            "deputyflow.motions.recess-submission=refused",
            "deputyflow.motions.sessions[0].start=2027-01-10",
            "deputyflow.motions.sessions[0].end=2027-01-14",
            "camunda.bpm.generate-unique-process-engine-name=true",
            "camunda.bpm.generate-unique-process-application-name=true",
            "camunda.bpm.webapp.enabled=false"
        })
class MotionRecessApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    DirectoryService directory;

    MotionApi api;

    @BeforeEach
    void setUp() {
        api = new MotionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void during_the_session_a_motion_is_filed_as_a_session_motion_whatever_the_deputy_chose() throws Exception {
        clock.set(MotionHandlingProcessTests.shanghai("2027-01-14T23:30"));
        Map<String, Object> draft = api.draft("关于大会期间提出的议案", List.of("deputy011"));
        draft.put("period", "RECESS");
        long id = api.http.read(api.submitRaw("deputy010", draft)).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT period FROM motion WHERE id = ?", String.class, id))
                .isEqualTo("SESSION");
    }

    @Test
    void during_the_recess_a_motion_is_refused_with_409_and_nothing_is_stored() throws Exception {
        clock.set(MotionHandlingProcessTests.shanghai("2027-01-15T00:00"));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM motion", Integer.class);
        Long processes = processes();
        Map<String, Object> draft = api.draft("关于闭会期间提出的议案", List.of("deputy013"));
        api.submitRaw("deputy012", draft)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("闭会期间，不受理代表议案")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motion", Integer.class))
                .isEqualTo(before);
        assertThat(processes()).isEqualTo(processes);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE body LIKE ?", Integer.class, "%关于闭会期间提出的议案%"))
                .isZero();

        // the form keeps what the deputy wrote and says why
        mvc.perform(post("/motions/new")
                        .with(user(directory.account("deputy012").orElseThrow()))
                        .with(csrf())
                        .param("title", "关于闭会期间提出的议案（页面）")
                        .param("reason", "案由")
                        .param("basis", "案据")
                        .param("proposal", "方案")
                        .param("period", "RECESS")
                        .param("coSignerIds", String.valueOf(api.http.deputyId("deputy013"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不受理代表议案")))
                .andExpect(content().string(containsString("关于闭会期间提出的议案（页面）")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM motion", Integer.class))
                .isEqualTo(before);
    }

    private Long processes() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class, MotionProcess.KEY);
    }
}
