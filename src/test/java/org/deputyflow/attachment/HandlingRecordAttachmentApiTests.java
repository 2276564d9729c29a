package org.deputyflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Files of a department's reply and follow-up report: its handler adds them until the leader decides on the reply
 * or until delivery is reported; they are read as the reply or report is read, and never on a public page.
 */
@DeputyFlowTest
class HandlingRecordAttachmentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    AttachmentApi files;
    AuditLines audit;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        files = new AttachmentApi(mvc);
        audit = new AuditLines(jdbc);
    }

    @Test
    void the_replying_handler_attaches_until_sign_off_and_the_reply_readers_read_the_files() throws Exception {
        long suggestion = api.submit("deputy096", "关于答复附件的建议");
        long reply = awaitingSignOff(suggestion, "dept28", "A");
        String path = "/api/replies/" + reply;

        long mark = audit.mark();
        JsonNode uploaded = api.read(files.upload("dept28-handler", path, "答复函.pdf", Files.pdf("答复函"))
                .andExpect(status().isCreated()));
        long id = uploaded.get("id").asLong();
        audit.exactlyOne(mark, "attachment.upload", "attachment", id, "dept28-handler", "SUCCESS");
        assertThat(jdbc.queryForMap("SELECT owner_kind, owner_id, uploaded_by FROM attachment WHERE id = ?", id))
                .containsEntry("OWNER_KIND", "REPLY")
                .containsEntry("OWNER_ID", reply)
                .containsEntry("UPLOADED_BY", "dept28-handler");
        assertThat(api.read(files.list("dept28-handler", path))
                        .get("mayChangeFiles")
                        .asBoolean())
                .isTrue();

        // only the department's handler adds files; a reply awaiting sign-off is its department's and the overseers'
        files.upload("dept28-leader", path, "补充.pdf", Files.pdf("补充")).andExpect(status().isForbidden());
        files.upload("deputy096", path, "补充.pdf", Files.pdf("补充")).andExpect(status().isForbidden());
        files.upload("dept29-handler", path, "补充.pdf", Files.pdf("补充"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        files.list("deputy096", path).andExpect(status().isNotFound());
        files.download("deputy096", id).andExpect(status().isNotFound());
        files.list("dept29-handler", path).andExpect(status().isNotFound());
        files.download("dept29-handler", id).andExpect(status().isNotFound());
        assertThat(api.read(files.list("staff1", path)).get("items")).hasSize(1);
        assertThat(api.read(files.list("staff1", path)).get("mayChangeFiles").asBoolean())
                .isFalse();
        files.download("council1", id).andExpect(status().isOk());
        files.list("dept28-leader", path).andExpect(status().isOk());
        files.delete("dept28-leader", id).andExpect(status().isForbidden());
        assertThat(rows(reply)).isEqualTo(1);

        long second = api.read(files.upload("dept28-handler", path, "附表.docx", Files.docx())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        files.delete("dept28-handler", second).andExpect(status().isNoContent());
        assertThat(rows(reply)).isEqualTo(1);

        api.signOff("dept28-leader", suggestion, true);

        // signed off: the files are fixed, and the deputy reads them with the reply
        files.upload("dept28-handler", path, "迟到.pdf", Files.pdf("迟到"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        files.delete("dept28-handler", id).andExpect(status().isConflict());
        assertThat(rows(reply)).isEqualTo(1);
        assertThat(api.read(files.list("dept28-handler", path))
                        .get("mayChangeFiles")
                        .asBoolean())
                .isFalse();
        assertThat(api.read(files.list("deputy096", path)).get("items"))
                .extracting(item -> item.get("fileName").asText())
                .containsExactly("答复函.pdf");
        mark = audit.mark();
        files.download("deputy096", id).andExpect(status().isOk());
        audit.exactlyOne(mark, "attachment.download", "attachment", id, "deputy096", "SUCCESS");
        files.download("admin", id).andExpect(status().isOk());
        files.download("dept29-handler", id).andExpect(status().isNotFound());
        files.download("deputy097", id).andExpect(status().isNotFound());
        files.list("member01", path).andExpect(status().isForbidden());
    }

    @Test
    void a_sent_back_reply_takes_no_more_files_and_stays_with_its_department() throws Exception {
        long suggestion = api.submit("deputy098", "关于退回答复附件的建议");
        long reply = awaitingSignOff(suggestion, "dept28", "A");
        String path = "/api/replies/" + reply;
        long id = api.read(files.upload("dept28-handler", path, "初稿.pdf", Files.pdf("初稿"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();

        api.signOff("dept28-leader", suggestion, false);

        files.upload("dept28-handler", path, "再稿.pdf", Files.pdf("再稿")).andExpect(status().isConflict());
        files.delete("dept28-handler", id).andExpect(status().isConflict());
        files.download("dept28-handler", id).andExpect(status().isOk());
        files.download("deputy098", id).andExpect(status().isNotFound());
        assertThat(rows(reply)).isEqualTo(1);

        // the next version takes its own files
        api.read(api.reply("dept28-handler", suggestion, "A"));
        long next = latestReply(suggestion);
        assertThat(next).isNotEqualTo(reply);
        files.upload("dept28-handler", "/api/replies/" + next, "再稿.pdf", Files.pdf("再稿"))
                .andExpect(status().isCreated());
    }

    @Test
    void a_follow_up_report_takes_files_until_delivery_and_every_reader_of_the_suggestion_reads_them()
            throws Exception {
        long suggestion = api.submit("deputy096", "关于跟踪办理附件的建议");
        awaitingSignOff(suggestion, "dept29", "B");
        api.signOff("dept29-leader", suggestion, true);
        api.read(api.evaluate("deputy096", suggestion, "SATISFIED", "SATISFIED", null));
        api.read(api.post(
                "dept29-handler",
                "/api/suggestions/" + suggestion + "/follow-ups",
                Map.of("content", "施工已过半", "delivered", false)));
        long report = jdbc.queryForObject(
                "SELECT MAX(f.id) FROM follow_up f JOIN assignment a ON a.id = f.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                Long.class,
                suggestion);
        String path = "/api/follow-ups/" + report;

        long mark = audit.mark();
        long id = api.read(files.upload("dept29-handler", path, "现场照片.png", Files.png())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        audit.exactlyOne(mark, "attachment.upload", "attachment", id, "dept29-handler", "SUCCESS");
        assertThat(jdbc.queryForObject("SELECT owner_kind FROM attachment WHERE id = ?", String.class, id))
                .isEqualTo("FOLLOW_UP");
        files.upload("deputy096", path, "照片.png", Files.png()).andExpect(status().isForbidden());
        files.upload("dept28-handler", path, "照片.png", Files.png()).andExpect(status().isNotFound());
        assertThat(api.read(files.list("deputy096", path)).get("items")).hasSize(1);
        files.download("deputy096", id).andExpect(status().isOk());
        files.download("staff1", id).andExpect(status().isOk());
        files.download("dept28-handler", id).andExpect(status().isNotFound());
        files.list("dept28-handler", path).andExpect(status().isNotFound());
        long second = api.read(files.upload("dept29-handler", path, "验收单.pdf", Files.pdf("验收单"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        files.delete("deputy096", second).andExpect(status().isForbidden());
        files.delete("dept29-handler", second).andExpect(status().isNoContent());

        api.read(api.post(
                "dept29-handler",
                "/api/suggestions/" + suggestion + "/follow-ups",
                Map.of("content", "已完工", "delivered", true)));

        files.upload("dept29-handler", path, "迟到.pdf", Files.pdf("迟到")).andExpect(status().isConflict());
        files.delete("dept29-handler", id).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'FOLLOW_UP' AND owner_id = ?",
                        Long.class,
                        report))
                .isEqualTo(1);
        files.download("deputy096", id).andExpect(status().isOk());
        files.list("dept29-handler", "/api/follow-ups/999999999").andExpect(status().isNotFound());
        files.list("staff1", "/api/replies/999999999").andExpect(status().isNotFound());
    }

    @Test
    void a_published_reply_shows_none_of_its_files_on_the_public_page() throws Exception {
        long suggestion = api.submit("deputy098", "关于公开答复附件的建议");
        long reply = awaitingSignOff(suggestion, "dept29", "A");
        long id = api.read(files.upload("dept29-handler", "/api/replies/" + reply, "内部材料.pdf", Files.pdf("内部材料"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        api.signOff("dept29-leader", suggestion, true);
        api.read(api.post("staff1", "/api/replies/" + reply + "/publication", null));
        String number = jdbc.queryForObject("SELECT serial_no FROM suggestion WHERE id = ?", String.class, suggestion);

        String page = mvc.perform(MockMvcRequestBuilders.get("/public/replies/" + number))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("答复：已研究落实")
                .doesNotContain("内部材料.pdf")
                .doesNotContain("/api/attachments/")
                .doesNotContain("/replies/" + reply + "/attachments");
        mvc.perform(MockMvcRequestBuilders.get("/api/attachments/" + id)).andExpect(status().isUnauthorized());
    }

    /** Assigned to the department, claimed, contacted and replied with the class given: the reply awaiting sign-off. */
    private long awaitingSignOff(long suggestion, String dept, String resultClass) throws Exception {
        api.accept(suggestion);
        api.assign(suggestion, List.of(dept), List.of());
        api.claim(dept + "-handler", suggestion);
        api.contact(dept + "-handler", suggestion);
        api.read(api.reply(dept + "-handler", suggestion, resultClass));
        return latestReply(suggestion);
    }

    private long latestReply(long suggestion) {
        return jdbc.queryForObject(
                "SELECT MAX(r.id) FROM reply r JOIN assignment a ON a.id = r.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                Long.class,
                suggestion);
    }

    private long rows(long reply) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'REPLY' AND owner_id = ?", Long.class, reply);
    }
}
