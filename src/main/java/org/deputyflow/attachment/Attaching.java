package org.deputyflow.attachment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.attachment.domain.Attachment;
import org.deputyflow.attachment.domain.FileNames;
import org.deputyflow.attachment.domain.FileTypes;
import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.attachment.persistence.AttachmentMapper;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Adding a file to a record and removing one. The owning module decides who may and until when; here the file
 * must be of an allowed type by its content, within the size limit, and the record within its count limit. The
 * bytes go to the store before the row is written; a transaction that rolls back takes them away again, and a
 * removal deletes them only once the row's removal has committed.
 */
@Service
public class Attaching {

    private static final Logger log = LoggerFactory.getLogger(Attaching.class);

    /** A file as it came in: its name on the client, its size, and its bytes to read (more than once). */
    public record IncomingFile(String originalName, long size, InputStreamSource content) {}

    private final AttachmentMapper attachments;
    private final AttachmentStore store;
    private final ContentTypes types;
    private final Owners owners;
    private final AttachmentSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Attaching(
            AttachmentMapper attachments,
            AttachmentStore store,
            ContentTypes types,
            Owners owners,
            AttachmentSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.types = types;
        this.owners = owners;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Attachment add(CurrentUser user, OwnerKind kind, long ownerId, IncomingFile file) {
        Owners.Owner owner = owners.lockForFiles(user, kind, ownerId);
        if (file == null || file.content() == null) {
            throw new BadRequestException("file", "error.attachment.file.missing");
        }
        if (file.size() <= 0) {
            throw new BadRequestException("file", "error.attachment.file.empty");
        }
        if (file.size() > settings.maxSize().toBytes()) {
            throw new MaxUploadSizeExceededException(settings.maxSize().toBytes());
        }
        String name = FileNames.clean(file.originalName());
        if (name == null) {
            throw new BadRequestException("file", "error.attachment.file.nameRequired");
        }
        if (attachments.countByOwner(kind, ownerId) >= settings.maxCount()) {
            throw new ConflictException("error.attachment.tooMany", owner.number(), settings.maxCount());
        }
        String type;
        try (InputStream in = file.content().getInputStream()) {
            type = types.detect(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (FileTypes.allowed(type).isEmpty()) {
            throw new BadRequestException("file", "error.attachment.file.typeNotAllowed", name);
        }
        String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + ownerId + "/" + UUID.randomUUID();
        String sha256 = storeBytes(key, file, type);
        GeneratedKey id = new GeneratedKey();
        attachments.insert(kind, ownerId, name, type, file.size(), sha256, key, user.login(), clock.instant(), id);
        audit.record(
                "attachment.upload",
                "attachment",
                id.value(),
                AuditTrail.SUCCESS,
                Map.of(
                        "owner",
                        kind.name(),
                        "ownerId",
                        ownerId,
                        "size",
                        file.size(),
                        "contentType",
                        type,
                        "sha256",
                        sha256));
        return attachments.findById(id.value()).orElseThrow();
    }

    /** A file removed, and the page that shows the record it belonged to. */
    public record Removal(Attachment attachment, String ownerPage) {}

    /** Removes a file the caller brought, while the record still takes changes of its files. */
    @Transactional
    public Removal remove(CurrentUser user, long id) {
        Attachment attachment = attachments.findById(id).orElseThrow(() -> NotFoundException.of("attachment", id));
        Owners.Owner owner = owners.lockForFiles(user, attachment.ownerKind(), attachment.ownerId());
        if (!attachment.uploadedBy().equals(user.login())) {
            throw new AccessDeniedException("only the uploader removes a file");
        }
        if (attachments.delete(id) == 0) {
            throw NotFoundException.of("attachment", id);
        }
        audit.record("attachment.delete", "attachment", id, AuditTrail.SUCCESS, attachment.auditDetails());
        afterCommit(() -> deleteQuietly(attachment.storageKey()));
        return new Removal(attachment, owner.page());
    }

    private String storeBytes(String key, IncomingFile file, String type) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(file.content().getInputStream(), digest)) {
            store.put(key, in, file.size(), type);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment store refused " + key, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(key);
                }
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Attachment bytes {} left in the store: {}", key, e.toString());
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
