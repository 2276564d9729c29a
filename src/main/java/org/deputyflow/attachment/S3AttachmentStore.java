package org.deputyflow.attachment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Attachments as objects of one bucket of an S3-compatible store (MinIO or any S3 API), for a cluster whose
 * nodes share no folder. The client is built by {@link AttachmentStores}; an S3 failure is an {@link IOException}
 * here, as a disk's would be.
 */
class S3AttachmentStore implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;

    S3AttachmentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) throws IOException {
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(key).contentType(contentType).contentLength(size),
                    RequestBody.fromInputStream(content, size));
        } catch (SdkException e) {
            throw new IOException("S3 refused to store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(key);
        } catch (SdkException e) {
            throw new IOException("S3 refused to read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 refused to look up " + key, e);
        } catch (SdkException e) {
            throw new IOException("S3 refused to look up " + key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("S3 refused to delete " + key, e);
        }
    }
}
