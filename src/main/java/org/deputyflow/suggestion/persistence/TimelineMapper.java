package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.domain.TimelineEntry;

@Mapper
public interface TimelineMapper {

    void insert(
            @Param("suggestionId") long suggestionId,
            @Param("at") Instant at,
            @Param("actor") String actor,
            @Param("actorName") String actorName,
            @Param("action") TimelineAction action,
            @Param("departmentId") Long departmentId,
            @Param("comment") String comment,
            @Param("commentTexts") String commentTexts,
            @Param("key") GeneratedKey key);

    /** When this action last happened to the suggestion, if ever. */
    Optional<Instant> lastOccurrence(@Param("suggestionId") long suggestionId, @Param("action") TimelineAction action);

    List<TimelineEntry> findBySuggestion(@Param("suggestionId") long suggestionId);
}
