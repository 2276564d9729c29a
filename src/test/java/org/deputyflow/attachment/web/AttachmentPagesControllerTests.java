package org.deputyflow.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The files panel: what each reader sees, the upload and delete forms, and a refused file as an error flash. */
@DeputyFlowTest
class AttachmentPagesControllerTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    RequestPostProcessor as(String login) {
        return user(directory.account(login).orElseThrow());
    }

    String panel(String login, long suggestion) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/suggestions/" + suggestion + "/attachments")
                        .with(as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_lead_deputy_uploads_and_deletes_through_the_panel_and_others_only_read() throws Exception {
        long suggestion = api.submit("deputy091", "关于附件页面的建议");
        assertThat(panel("deputy091", suggestion))
                .contains("没有附件。")
                .contains("attachment-upload-form")
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"");

        mvc.perform(MockMvcRequestBuilders.multipart("/suggestions/" + suggestion + "/attachments")
                        .file(new MockMultipartFile("file", "会议纪要.pdf", "application/pdf", PDF))
                        .with(as("deputy091"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + suggestion))
                .andExpect(flash().attribute("flash", "已上传附件“会议纪要.pdf”。"));
        long id = jdbc.queryForObject(
                "SELECT id FROM attachment WHERE owner_kind = 'SUGGESTION' AND owner_id = ?", Long.class, suggestion);
        assertThat(panel("deputy091", suggestion))
                .contains("会议纪要.pdf")
                .contains("/api/attachments/" + id)
                .contains("/attachments/" + id + "/deletion")
                .contains("data-confirm");
        assertThat(panel("staff1", suggestion))
                .contains("会议纪要.pdf")
                .doesNotContain("attachment-upload-form")
                .doesNotContain("/deletion");

        mvc.perform(MockMvcRequestBuilders.multipart("/suggestions/" + suggestion + "/attachments")
                        .file(new MockMultipartFile("file", "程序.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                        .with(as("deputy091"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));

        mvc.perform(MockMvcRequestBuilders.post("/attachments/" + id + "/deletion")
                        .with(as("deputy091"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + suggestion));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'SUGGESTION' AND owner_id = ?",
                        Long.class,
                        suggestion))
                .isZero();
        mvc.perform(MockMvcRequestBuilders.get("/suggestions/" + suggestion + "/attachments")
                        .with(as("deputy092")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_suggestion_and_motion_pages_load_the_panel() throws Exception {
        long suggestion = api.submit("deputy093", "关于附件面板的建议");
        String page = mvc.perform(
                        MockMvcRequestBuilders.get("/suggestions/" + suggestion).with(as("deputy093")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("hx-get=\"/suggestions/" + suggestion + "/attachments\"");
    }

    @Test
    void the_reply_shows_its_own_panel_with_the_upload_form_for_its_handler_until_sign_off() throws Exception {
        long suggestion = api.submit("deputy094", "关于答复附件面板的建议");
        api.accept(suggestion);
        api.assign(suggestion, java.util.List.of("dept28"), java.util.List.of());
        api.claim("dept28-handler", suggestion);
        api.contact("dept28-handler", suggestion);
        api.read(api.reply("dept28-handler", suggestion, "A"));
        long reply = jdbc.queryForObject(
                "SELECT MAX(r.id) FROM reply r JOIN assignment a ON a.id = r.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                Long.class,
                suggestion);

        String page = mvc.perform(
                        MockMvcRequestBuilders.get("/suggestions/" + suggestion).with(as("dept28-handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("hx-get=\"/replies/" + reply + "/attachments\"");
        String panel = replyPanel("dept28-handler", reply);
        assertThat(panel)
                .contains("答复附件")
                .contains("id=\"reply-" + reply + "-attachments\"")
                .contains("action=\"/replies/" + reply + "/attachments\"")
                .contains("name=\"_csrf\"")
                .contains("id=\"reply-" + reply + "-attachment-file\"")
                .doesNotContain(" id=\"attachment-file\"");
        assertThat(replyPanel("dept28-leader", reply)).contains("答复附件").doesNotContain("attachment-upload-form");

        mvc.perform(MockMvcRequestBuilders.multipart("/replies/" + reply + "/attachments")
                        .file(new MockMultipartFile("file", "答复函.pdf", "application/pdf", PDF))
                        .with(as("dept28-handler"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + suggestion))
                .andExpect(flash().attribute("flash", "已上传附件“答复函.pdf”。"));
        long id = jdbc.queryForObject(
                "SELECT id FROM attachment WHERE owner_kind = 'REPLY' AND owner_id = ?", Long.class, reply);
        assertThat(replyPanel("dept28-handler", reply))
                .contains("答复函.pdf")
                .contains("/attachments/" + id + "/deletion")
                .contains("data-confirm");
        mvc.perform(MockMvcRequestBuilders.get("/replies/" + reply + "/attachments")
                        .with(as("deputy094")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/replies/" + reply + "/attachments")
                        .with(as("dept29-handler")))
                .andExpect(status().isNotFound());

        api.signOff("dept28-leader", suggestion, true);
        assertThat(replyPanel("dept28-handler", reply))
                .contains("答复函.pdf")
                .doesNotContain("attachment-upload-form")
                .doesNotContain("/deletion");
        assertThat(replyPanel("deputy094", reply)).contains("答复函.pdf").contains("/api/attachments/" + id);
        mvc.perform(MockMvcRequestBuilders.post("/attachments/" + id + "/deletion")
                        .with(as("dept28-handler"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'REPLY' AND owner_id = ?",
                        Long.class,
                        reply))
                .isEqualTo(1);
    }

    @Test
    void a_follow_up_report_shows_its_own_panel_with_the_upload_form_for_its_handler() throws Exception {
        long suggestion = api.submit("deputy093", "关于跟踪办理附件面板的建议");
        api.accept(suggestion);
        api.assign(suggestion, java.util.List.of("dept29"), java.util.List.of());
        api.handleAndReply("dept29", suggestion, "B");
        api.read(api.evaluate("deputy093", suggestion, "SATISFIED", "SATISFIED", null));
        api.read(api.post(
                "dept29-handler",
                "/api/suggestions/" + suggestion + "/follow-ups",
                java.util.Map.of("content", "施工过半", "delivered", false)));
        long report = jdbc.queryForObject(
                "SELECT MAX(f.id) FROM follow_up f JOIN assignment a"
                        + " ON a.id = f.assignment_id WHERE a.suggestion_id = ?",
                Long.class,
                suggestion);

        String page = mvc.perform(
                        MockMvcRequestBuilders.get("/suggestions/" + suggestion).with(as("deputy093")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("hx-get=\"/follow-ups/" + report + "/attachments\"");
        String own = mvc.perform(MockMvcRequestBuilders.get("/follow-ups/" + report + "/attachments")
                        .with(as("dept29-handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own)
                .contains("跟踪办理附件")
                .contains("action=\"/follow-ups/" + report + "/attachments\"")
                .contains("id=\"follow-up-" + report + "-attachment-file\"");
        String deputys = mvc.perform(MockMvcRequestBuilders.get("/follow-ups/" + report + "/attachments")
                        .with(as("deputy093")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(deputys).contains("跟踪办理附件").doesNotContain("attachment-upload-form");
        mvc.perform(MockMvcRequestBuilders.multipart("/follow-ups/" + report + "/attachments")
                        .file(new MockMultipartFile("file", "验收单.pdf", "application/pdf", PDF))
                        .with(as("dept29-handler"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + suggestion));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'FOLLOW_UP' AND owner_id = ?",
                        Long.class,
                        report))
                .isEqualTo(1);
    }

    String replyPanel(String login, long reply) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/replies/" + reply + "/attachments")
                        .with(as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
