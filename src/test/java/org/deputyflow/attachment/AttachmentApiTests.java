package org.deputyflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The attachment API's rules: types by content, limits, who reads and who changes a record's files, and when. */
@DeputyFlowTest
class AttachmentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentStore store;

    @LocalServerPort
    int port;

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
    void a_file_is_stored_outside_its_row_and_downloaded_under_its_name_with_an_audit_line() throws Exception {
        long suggestion = api.submit("deputy081", "关于附件存储的建议");
        byte[] pdf = Files.pdf("调研报告");
        JsonNode uploaded = api.read(files.upload("deputy081", "/api/suggestions/" + suggestion, "调研报告 2026.pdf", pdf)
                .andExpect(status().isCreated()));
        long id = uploaded.get("id").asLong();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(uploaded.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(uploaded.get("sha256").asText()).isEqualTo(sha256);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM attachment WHERE id = ?", id);
        assertThat(row)
                .containsEntry("OWNER_KIND", "SUGGESTION")
                .containsEntry("FILE_NAME", "调研报告 2026.pdf")
                .containsEntry("SIZE_BYTES", (long) pdf.length)
                .containsEntry("UPLOADED_BY", "deputy081");
        String key = (String) row.get("STORAGE_KEY");
        try (var in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        long mark = audit.mark();
        byte[] downloaded = files.download("staff1", id)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"____ 2026.pdf\"; filename*=UTF-8''%E8%B0%83%E7%A0%94%E6%8A%A5%E5%91%8A%202026.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        audit.exactlyOne(mark, "attachment.download", "attachment", id, "staff1", "SUCCESS");
        assertThat(api.read(files.list("deputy081", "/api/suggestions/" + suggestion))
                        .get("items"))
                .extracting(item -> item.get("fileName").asText())
                .containsExactly("调研报告 2026.pdf");
    }

    @Test
    void the_type_is_read_from_the_content_whatever_the_name_says() throws Exception {
        long suggestion = api.submit("deputy082", "关于附件类型的建议");
        String path = "/api/suggestions/" + suggestion;
        // the folder outlives the database of an earlier run: what counts is that nothing is added to it
        List<Path> before = stored(suggestion);
        files.upload("deputy082", path, "说明.pdf", Files.exe())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.file").exists());
        files.upload("deputy082", path, "名单.docx", "只是文字".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        assertThat(rows(suggestion)).isZero();
        assertThat(stored(suggestion)).as("nothing of a refused file is kept").isEqualTo(before);

        assertThat(api.read(files.upload("deputy082", path, "方案.docx", Files.docx()))
                        .get("contentType")
                        .asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(api.read(files.upload("deputy082", path, "现场照片.png", Files.png()))
                        .get("contentType")
                        .asText())
                .isEqualTo("image/png");
    }

    @Test
    void a_file_over_the_size_limit_is_413_an_empty_one_400_and_a_file_past_the_count_409() throws Exception {
        long suggestion = api.submit("deputy083", "关于附件上限的建议");
        String path = "/api/suggestions/" + suggestion;
        byte[] large = new byte[64 * 1024 + 1];
        System.arraycopy(Files.pdf("大"), 0, large, 0, Files.pdf("大").length);
        files.upload("deputy083", path, "大文件.pdf", large)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        files.upload("deputy083", path, "空.pdf", new byte[0]).andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.multipart(path + "/attachments").with(httpBasic("deputy083", "demo")))
                .andExpect(status().isBadRequest());
        for (int i = 1; i <= 3; i++) {
            files.upload("deputy083", path, "附件" + i + ".pdf", Files.pdf("第" + i + "个"))
                    .andExpect(status().isCreated());
        }
        files.upload("deputy083", path, "附件4.pdf", Files.pdf("第4个"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(rows(suggestion)).isEqualTo(3);
    }

    @Test
    void whoever_reads_the_suggestion_reads_its_files_and_nobody_else() throws Exception {
        long suggestion = api.submit("deputy084", "关于附件可见范围的建议");
        String path = "/api/suggestions/" + suggestion;
        long id = api.read(files.upload("deputy084", path, "材料.pdf", Files.pdf("材料")))
                .get("id")
                .asLong();
        api.accept(suggestion);
        api.assign(suggestion, List.of("dept01"), List.of());

        files.list("dept01-handler", path)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
        files.download("dept01-leader", id).andExpect(status().isOk());
        files.download("council1", id).andExpect(status().isOk());
        for (String outsider : List.of("deputy085", "dept02-handler")) {
            files.list(outsider, path).andExpect(status().isNotFound());
            files.download(outsider, id)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        files.download("member01", id).andExpect(status().isForbidden());
        files.download("auditor", id).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/attachments/" + id)).andExpect(status().isUnauthorized());
        files.download("staff1", 987_654_321L).andExpect(status().isNotFound());
    }

    @Test
    void the_lead_deputy_changes_the_files_until_screening_accepts_the_suggestion() throws Exception {
        long coSigner = api.deputyId("deputy087");
        long suggestion = api.submit("deputy086", "关于附件修改期限的建议", coSigner);
        String path = "/api/suggestions/" + suggestion;
        long first = api.read(files.upload("deputy086", path, "一.pdf", Files.pdf("一")))
                .get("id")
                .asLong();
        long second = api.read(files.upload("deputy086", path, "二.pdf", Files.pdf("二")))
                .get("id")
                .asLong();
        files.upload("deputy087", path, "附议人的.pdf", Files.pdf("附议")).andExpect(status().isForbidden());
        files.upload("staff1", path, "工作人员的.pdf", Files.pdf("工作人员")).andExpect(status().isForbidden());
        files.delete("deputy087", first).andExpect(status().isForbidden());
        files.list("deputy087", path)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayChangeFiles").value(false));
        files.list("deputy086", path)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayChangeFiles").value(true));

        String key = jdbc.queryForObject("SELECT storage_key FROM attachment WHERE id = ?", String.class, first);
        files.delete("deputy086", first).andExpect(status().isNoContent());
        assertThat(rows(suggestion)).isEqualTo(1);
        assertThat(store.exists(key)).isFalse();
        files.delete("deputy086", first).andExpect(status().isNotFound());

        api.post("deputy087", "/api/suggestions/" + suggestion + "/co-signatures", Map.of("accept", true))
                .andExpect(status().isOk());
        api.accept(suggestion);
        files.upload("deputy086", path, "三.pdf", Files.pdf("三")).andExpect(status().isConflict());
        files.delete("deputy086", second).andExpect(status().isConflict());
        files.download("deputy087", second).andExpect(status().isOk());
        assertThat(rows(suggestion)).isEqualTo(1);
    }

    @Test
    void a_motion_takes_files_from_its_lead_deputy_while_it_collects_signatures() throws Exception {
        Map<String, Object> motion = Map.of(
                "title",
                "关于附件的议案",
                "reason",
                "案由",
                "basis",
                "案据",
                "proposal",
                "方案",
                "period",
                "SESSION",
                "coSignerIds",
                List.of(api.deputyId("deputy089")));
        long id = api.read(api.post("deputy088", "/api/motions", motion))
                .get("id")
                .asLong();
        String path = "/api/motions/" + id;
        long file = api.read(files.upload("deputy088", path, "议案附件.pdf", Files.pdf("议案"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertThat(jdbc.queryForObject("SELECT owner_kind FROM attachment WHERE id = ?", String.class, file))
                .isEqualTo("MOTION");
        files.upload("deputy089", path, "附议人的.pdf", Files.pdf("附议")).andExpect(status().isForbidden());
        files.list("deputy089", path)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(file));
        files.download("staff1", file).andExpect(status().isOk());
        files.download("deputy090", file).andExpect(status().isNotFound());
        files.list("deputy090", path).andExpect(status().isNotFound());
        files.download("dept01-handler", file).andExpect(status().isForbidden());
    }

    /** Through the real container: its multipart limit follows max-size, and its refusal is a 413 problem too. */
    @Test
    void the_container_refuses_a_file_over_the_limit_with_a_413_problem() throws Exception {
        long suggestion = api.submit("deputy094", "关于容器上传上限的建议");
        String boundary = "deputyflow-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(Files.pdf("大"));
        body.write(new byte[100 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/suggestions/" + suggestion + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("deputy094:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(rows(suggestion)).isZero();
    }

    private static List<Path> stored(long suggestion) throws IOException {
        Path folder = Path.of("target/test-attachments/suggestion/" + suggestion);
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = java.nio.file.Files.list(folder)) {
            return paths.sorted().toList();
        }
    }

    private long rows(long suggestion) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM attachment WHERE owner_kind = 'SUGGESTION' AND owner_id = ?",
                Long.class,
                suggestion);
    }
}
