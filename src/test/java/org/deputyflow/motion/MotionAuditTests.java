package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every action on a motion is one audit line of its actor; the motion's own steps are the system's. */
@DeputyFlowTest
class MotionAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    MotionApi api;
    AuditLines audit;

    @BeforeEach
    void setUp() {
        api = new MotionApi(mvc, json, jdbc);
        audit = new AuditLines(jdbc);
    }

    @Test
    void each_action_on_a_motion_is_exactly_one_line_of_its_actor_and_a_refused_one_is_none() throws Exception {
        List<String> coSigners = MotionApi.nineFrom(61);
        long mark = audit.mark();
        long id = api.submit("deputy060", "关于审计的议案", coSigners);
        assertThat(audit.since(mark, "motion", id))
                .extracting(line -> line.get("action"))
                .containsExactly("motion.submitted");
        audit.exactlyOne(mark, "motion.submitted", "motion", id, "deputy060", AuditTrail.SUCCESS);

        for (String coSigner : coSigners.subList(0, 8)) {
            mark = audit.mark();
            api.coSign(coSigner, id, true);
            assertThat(audit.since(mark, "motion", id))
                    .extracting(line -> line.get("action"))
                    .containsExactly("motion.co-signature-accepted");
            audit.exactlyOne(mark, "motion.co-signature-accepted", "motion", id, coSigner, AuditTrail.SUCCESS);
        }
        // the tenth signer completes the motion: their line, then the system's
        mark = audit.mark();
        api.coSign(coSigners.get(8), id, true);
        assertThat(audit.since(mark, "motion", id))
                .extracting(line -> line.get("action"))
                .containsExactly("motion.co-signature-accepted", "motion.signers-complete");
        Map<String, Object> complete =
                audit.exactlyOne(mark, "motion.signers-complete", "motion", id, "system", AuditTrail.SUCCESS);
        assertThat(complete.get("client_address")).isNull();

        mark = audit.mark();
        api.review(id, true, "格式齐全");
        Map<String, Object> review =
                audit.exactlyOne(mark, "motion.form-accepted", "motion", id, "staff1", AuditTrail.SUCCESS);
        assertThat(review.get("details")).isEqualTo("{\"commentLength\":4}");

        mark = audit.mark();
        api.http
                .post("staff1", "/api/motions/" + id + "/review", Map.of("accept", true))
                .andExpect(status().isConflict());
        api.decideRaw("deputy060", id, "NOT_LISTED", null).andExpect(status().isForbidden());
        assertThat(audit.since(mark, "motion", id)).isEmpty();

        mark = audit.mark();
        api.decide(id, "NOT_LISTED", null);
        audit.exactlyOne(mark, "motion.decided", "motion", id, "council1", AuditTrail.SUCCESS);
    }
}
