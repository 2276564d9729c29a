package org.deputyflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link AttachmentStore} promises, run against the folder store and against the S3 store (talking to
 * {@link S3Stub}, an S3-compatible server in the test, since no MinIO runs here).
 */
class AttachmentStoreContractTests {

    abstract static class Contract {

        abstract AttachmentStore store();

        static byte[] bytes(int size, long seed) {
            byte[] bytes = new byte[size];
            new Random(seed).nextBytes(bytes);
            return bytes;
        }

        static byte[] read(InputStream in) throws IOException {
            try (in) {
                return in.readAllBytes();
            }
        }

        @Test
        void what_was_put_is_read_back_byte_for_byte() throws IOException {
            byte[] content = bytes(300_000, 1);
            store().put("suggestion/1/a", new ByteArrayInputStream(content), content.length, "application/pdf");
            assertThat(read(store().open("suggestion/1/a"))).isEqualTo(content);
        }

        @Test
        void a_key_exists_once_put_and_no_longer_once_deleted() throws IOException {
            assertThat(store().exists("motion/2/b")).isFalse();
            store().put("motion/2/b", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "image/png");
            assertThat(store().exists("motion/2/b")).isTrue();
            store().delete("motion/2/b");
            assertThat(store().exists("motion/2/b")).isFalse();
            assertThatThrownBy(() -> store().open("motion/2/b")).isInstanceOf(FileNotFoundException.class);
        }

        @Test
        void keys_keep_their_own_bytes() throws IOException {
            store().put("suggestion/3/x", new ByteArrayInputStream(bytes(10, 2)), 10, "image/gif");
            store().put("suggestion/3/y", new ByteArrayInputStream(bytes(20, 3)), 20, "image/gif");
            assertThat(read(store().open("suggestion/3/x"))).isEqualTo(bytes(10, 2));
            assertThat(read(store().open("suggestion/3/y"))).isEqualTo(bytes(20, 3));
        }

        @Test
        void reading_a_missing_key_is_file_not_found_and_deleting_it_no_error() throws IOException {
            assertThatThrownBy(() -> store().open("suggestion/4/none")).isInstanceOf(FileNotFoundException.class);
            store().delete("suggestion/4/none");
            assertThat(store().exists("suggestion/4/none")).isFalse();
        }
    }

    @Nested
    class FileSystem extends Contract {

        @TempDir
        Path root;

        @Override
        AttachmentStore store() {
            return new FileSystemAttachmentStore(root);
        }

        @Test
        void a_key_is_a_file_under_the_root_and_nothing_half_written_stays() throws IOException {
            store().put("suggestion/5/c", new ByteArrayInputStream(new byte[] {7}), 1, "application/pdf");
            assertThat(root.resolve("suggestion/5/c")).hasBinaryContent(new byte[] {7});
            try (var files = Files.list(root.resolve("suggestion/5"))) {
                assertThat(files).hasSize(1);
            }
        }

        @Test
        void a_key_never_leaves_the_root() {
            assertThatThrownBy(() -> store().open("../outside")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().put("a/../../outside", new ByteArrayInputStream(new byte[1]), 1, "x/y"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class S3 extends Contract {

        S3Stub server;
        S3AttachmentStore store;

        @BeforeEach
        void start() throws IOException {
            server = new S3Stub("test-access");
            store = new S3AttachmentStore(
                    AttachmentStores.s3Client(settings(server.endpoint(), "test-access")), "deputyflow");
        }

        @AfterEach
        void stop() {
            server.close();
        }

        static AttachmentSettings.S3 settings(URI endpoint, String accessKey) {
            return new AttachmentSettings.S3(endpoint, "us-east-1", "deputyflow", accessKey, "test-secret", true);
        }

        @Override
        AttachmentStore store() {
            return store;
        }

        @Test
        void objects_are_addressed_path_style_with_their_content_type() throws IOException {
            store.put("suggestion/6/d", new ByteArrayInputStream(new byte[] {1, 2}), 2, "application/pdf");
            assertThat(server.objects).containsKey("/deputyflow/suggestion/6/d");
            assertThat(server.seen).anySatisfy(seen -> {
                assertThat(seen.method()).isEqualTo("PUT");
                assertThat(seen.path()).isEqualTo("/deputyflow/suggestion/6/d");
                assertThat(seen.contentType()).isEqualTo("application/pdf");
            });
        }

        @Test
        void a_refusing_server_is_an_io_error() {
            S3AttachmentStore wrongKey = new S3AttachmentStore(
                    AttachmentStores.s3Client(settings(server.endpoint(), "other-access")), "deputyflow");
            assertThatThrownBy(() ->
                            wrongKey.put("suggestion/7/e", new ByteArrayInputStream(new byte[] {1}), 1, "image/png"))
                    .isInstanceOf(IOException.class);
            assertThat(server.objects).isEmpty();
        }
    }
}
