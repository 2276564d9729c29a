package org.deputyflow.attachment;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The attachment rules and store, under {@code deputyflow.attachments}.
 *
 * @param store {@code file} (a folder, the default) or {@code s3} (an S3-compatible bucket: MinIO or any S3 API)
 * @param dir the folder of the file store
 * @param maxSize the largest file taken in; the multipart limits follow it
 * @param maxCount the most files one record carries
 * @param s3 the bucket of the S3 store
 */
@ConfigurationProperties("deputyflow.attachments")
public record AttachmentSettings(
        @DefaultValue("file") String store,
        @DefaultValue("./data/attachments") Path dir,
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("10") int maxCount,
        @DefaultValue S3 s3) {

    public AttachmentSettings {
        if (!"file".equals(store) && !"s3".equals(store)) {
            throw new IllegalArgumentException("deputyflow.attachments.store must be file or s3, not " + store);
        }
        if (maxSize.toBytes() < 1 || maxCount < 1) {
            throw new IllegalArgumentException("deputyflow.attachments: max-size and max-count must be positive");
        }
        if ("s3".equals(store)
                && (s3.endpoint() == null
                        || s3.endpoint().toString().isBlank()
                        || s3.bucket() == null
                        || s3.bucket().isBlank())) {
            throw new IllegalArgumentException(
                    "deputyflow.attachments.s3: the S3 store needs an endpoint and a bucket");
        }
    }

    /**
     * @param endpoint the S3 API's address, such as {@code http://minio:9000}
     * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: MinIO wants it
     */
    public record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle) {}
}
