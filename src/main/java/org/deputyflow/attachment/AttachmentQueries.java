package org.deputyflow.attachment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.deputyflow.attachment.domain.Attachment;
import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.attachment.persistence.AttachmentMapper;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading files: whoever may read the record reads its files, and every download is a line of the audit trail. */
@Service
@Transactional(readOnly = true)
public class AttachmentQueries {

    /**
     * A record's files and whether the caller may add files or remove their own now.
     *
     * @param ownerPage the page that shows the record, where a form goes back to
     */
    public record Files(
            OwnerKind ownerKind,
            long ownerId,
            String ownerNumber,
            List<Attachment> items,
            boolean mayChangeFiles,
            int maxCount,
            long maxSize,
            String ownerPage) {}

    /** A file to send: what it is and its bytes, to be closed by the caller. */
    public record Download(Attachment attachment, InputStream content) {}

    private final AttachmentMapper attachments;
    private final AttachmentStore store;
    private final Owners owners;
    private final AttachmentSettings settings;
    private final AuditTrail audit;

    AttachmentQueries(
            AttachmentMapper attachments,
            AttachmentStore store,
            Owners owners,
            AttachmentSettings settings,
            AuditTrail audit) {
        this.attachments = attachments;
        this.store = store;
        this.owners = owners;
        this.settings = settings;
        this.audit = audit;
    }

    public Files list(CurrentUser user, OwnerKind kind, long ownerId) {
        Owners.Owner owner = owners.readable(user, kind, ownerId);
        return new Files(
                kind,
                ownerId,
                owner.number(),
                attachments.findByOwner(kind, ownerId),
                owner.mayChangeFiles(),
                settings.maxCount(),
                settings.maxSize().toBytes(),
                owner.page());
    }

    /** 404 for a file of a record the caller may not read, as for the record itself. */
    @Transactional
    public Download download(CurrentUser user, long id) {
        Attachment attachment = attachments.findById(id).orElseThrow(() -> NotFoundException.of("attachment", id));
        owners.readable(user, attachment.ownerKind(), attachment.ownerId());
        audit.record("attachment.download", "attachment", id, AuditTrail.SUCCESS, attachment.auditDetails());
        InputStream content;
        try {
            content = store.open(attachment.storageKey());
        } catch (FileNotFoundException e) {
            throw new IllegalStateException("the bytes of attachment " + id + " are missing from the store", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(attachment, content);
    }
}
