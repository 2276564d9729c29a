package org.deputyflow.attachment.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.attachment.domain.Attachment;
import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface AttachmentMapper {

    void insert(
            @Param("ownerKind") OwnerKind ownerKind,
            @Param("ownerId") long ownerId,
            @Param("fileName") String fileName,
            @Param("contentType") String contentType,
            @Param("size") long size,
            @Param("sha256") String sha256,
            @Param("storageKey") String storageKey,
            @Param("uploadedBy") String uploadedBy,
            @Param("uploadedAt") Instant uploadedAt,
            @Param("key") GeneratedKey key);

    Optional<Attachment> findById(@Param("id") long id);

    /** A record's files in upload order; at most the count limit of them. */
    List<Attachment> findByOwner(@Param("ownerKind") OwnerKind ownerKind, @Param("ownerId") long ownerId);

    long countByOwner(@Param("ownerKind") OwnerKind ownerKind, @Param("ownerId") long ownerId);

    int delete(@Param("id") long id);
}
