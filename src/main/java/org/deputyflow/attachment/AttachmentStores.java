package org.deputyflow.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** The store that {@code deputyflow.attachments.store} names, and multipart limits that follow the size limit. */
@Configuration(proxyBeanMethods = false)
class AttachmentStores {

    /** Room for the form's other fields beside the file. */
    static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(1);

    @Bean
    AttachmentStore attachmentStore(AttachmentSettings settings) {
        if ("s3".equals(settings.store())) {
            return new S3AttachmentStore(s3Client(settings.s3()), settings.s3().bucket());
        }
        return new FileSystemAttachmentStore(settings.dir());
    }

    /**
     * One file of at most {@code max-size} per request: a larger one is refused with 413 by the container
     * before any of it reaches a controller. Replaces Spring Boot's own multipart limits, so that one setting
     * rules both.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.maxSize());
        factory.setMaxRequestSize(DataSize.ofBytes(settings.maxSize().toBytes() + FORM_OVERHEAD.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    /**
     * Path-style addresses for MinIO; checksums only where S3 requires them and no chunked signing, so that
     * any S3-compatible server takes a plain PUT; the JDK's HTTP client, so that no Netty or Apache client comes along.
     */
    static S3Client s3Client(AttachmentSettings.S3 s3) {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .region(Region.of(s3.region()))
                .credentialsProvider(
                        s3.accessKey() == null || s3.accessKey().isBlank()
                                ? DefaultCredentialsProvider.builder().build()
                                : StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(s3.pathStyle())
                        .chunkedEncodingEnabled(false)
                        .build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
