package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.PendingExtension;
import org.deputyflow.suggestion.domain.Urge;

/** Extensions of the reply clock and urges, read per suggestion. */
@Mapper
public interface ClockMapper {

    void insertExtension(
            @Param("assignmentId") long assignmentId,
            @Param("months") int months,
            @Param("reason") String reason,
            @Param("requestedBy") String requestedBy,
            @Param("requestedAt") Instant requestedAt,
            @Param("previousDue") LocalDate previousDue,
            @Param("key") GeneratedKey key);

    List<ExtensionRequest> findExtensions(@Param("suggestionId") long suggestionId);

    long countPendingExtensions();

    /** Undecided extension requests of every suggestion, oldest first. */
    List<PendingExtension> findPendingExtensions(@Param("offset") long offset, @Param("limit") int limit);

    int decideExtension(
            @Param("id") long id,
            @Param("approved") boolean approved,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("comment") String comment,
            @Param("newDue") LocalDate newDue);

    void insertUrge(
            @Param("suggestionId") long suggestionId,
            @Param("assignmentId") long assignmentId,
            @Param("message") String message,
            @Param("urgedBy") String urgedBy,
            @Param("urgedAt") Instant urgedAt);

    List<Urge> findUrges(@Param("suggestionId") long suggestionId);
}
