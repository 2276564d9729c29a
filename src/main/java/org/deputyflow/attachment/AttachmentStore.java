package org.deputyflow.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments live, outside the database rows: a folder ({@link FileSystemAttachmentStore},
 * the default) or an S3-compatible bucket ({@link S3AttachmentStore}, for a cluster). Keys are made by
 * {@link Attaching} from letters, digits, '-' and '/'.
 */
public interface AttachmentStore {

    /** Stores {@code size} bytes under {@code key}, replacing nothing: keys are never reused. */
    void put(String key, InputStream content, long size, String contentType) throws IOException;

    /** The bytes under {@code key}; {@link java.io.FileNotFoundException} when there are none. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the bytes under {@code key}; a key with none is no error. */
    void delete(String key) throws IOException;
}
