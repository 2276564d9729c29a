package org.deputyflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The shipped defaults, the multipart limits that follow them, and a start refused for an incomplete S3 store. */
class AttachmentSettingsTests {

    static AttachmentSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("deputyflow.attachments", AttachmentSettings.class);
    }

    @Test
    void twenty_megabytes_and_ten_files_in_a_folder_under_data_by_default() {
        AttachmentSettings settings = bind(Map.of());
        assertThat(settings.store()).isEqualTo("file");
        assertThat(settings.dir().normalize()).isEqualTo(Path.of("data/attachments"));
        assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(settings.maxCount()).isEqualTo(10);
        assertThat(settings.s3().pathStyle()).isTrue();
        assertThat(new AttachmentStores().attachmentStore(settings)).isInstanceOf(FileSystemAttachmentStore.class);
    }

    @Test
    void the_multipart_limits_follow_the_size_limit() {
        MultipartConfigElement multipart =
                new AttachmentStores().multipartConfigElement(bind(Map.of("deputyflow.attachments.max-size", "5MB")));
        assertThat(multipart.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(5).toBytes());
        assertThat(multipart.getMaxRequestSize())
                .isEqualTo(DataSize.ofMegabytes(6).toBytes());
    }

    @Test
    void the_s3_store_needs_an_endpoint_and_a_bucket_and_an_unknown_store_stops_the_start() {
        assertThatThrownBy(() -> bind(Map.of("deputyflow.attachments.store", "s3")))
                .hasRootCauseMessage("deputyflow.attachments.s3: the S3 store needs an endpoint and a bucket");
        assertThatThrownBy(() -> bind(Map.of("deputyflow.attachments.store", "ftp")))
                .hasRootCauseMessage("deputyflow.attachments.store must be file or s3, not ftp");
        AttachmentSettings s3 = bind(Map.of(
                "deputyflow.attachments.store",
                "s3",
                "deputyflow.attachments.s3.endpoint",
                "http://minio:9000",
                "deputyflow.attachments.s3.bucket",
                "files",
                "deputyflow.attachments.s3.access-key",
                "a",
                "deputyflow.attachments.s3.secret-key",
                "b"));
        assertThat(new AttachmentStores().attachmentStore(s3)).isInstanceOf(S3AttachmentStore.class);
    }
}
