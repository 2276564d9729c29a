package org.deputyflow.attachment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Attachments as files under one folder ({@code deputyflow.attachments.dir}, {@code ./data/attachments}), a
 * key's slashes as sub-folders. A file is written beside its place and moved in, so a reader never sees half
 * of one. On a cluster every node needs the same folder, or the S3 store.
 */
class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root;

    FileSystemAttachmentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) throws IOException {
        Path target = resolve(key);
        // a key names a file below the root, so its folder is never missing
        Path folder = Objects.requireNonNull(target.getParent(), key);
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** A key never leaves the root, whatever it holds. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("attachment key outside the store: " + key);
        }
        return path;
    }
}
