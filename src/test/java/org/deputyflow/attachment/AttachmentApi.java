package org.deputyflow.attachment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Uploads, downloads and deletes files through the API as the demo users do. */
final class AttachmentApi {

    private final MockMvc mvc;

    AttachmentApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions upload(String login, String recordPath, String fileName, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(recordPath + "/attachments")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(httpBasic(login, "demo")));
    }

    ResultActions download(String login, long id) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/attachments/" + id).with(httpBasic(login, "demo")));
    }

    ResultActions list(String login, String recordPath) throws Exception {
        return mvc.perform(
                MockMvcRequestBuilders.get(recordPath + "/attachments").with(httpBasic(login, "demo")));
    }

    ResultActions delete(String login, long id) throws Exception {
        return mvc.perform(
                MockMvcRequestBuilders.delete("/api/attachments/" + id).with(httpBasic(login, "demo")));
    }
}
