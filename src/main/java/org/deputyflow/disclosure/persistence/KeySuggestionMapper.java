package org.deputyflow.disclosure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.disclosure.domain.KeyAtMeeting;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.reporting.domain.KeySuggestionCount;

@Mapper
public interface KeySuggestionMapper {

    void insert(
            @Param("suggestionId") long suggestionId,
            @Param("leader") String supervisingLeader,
            @Param("note") String note,
            @Param("by") String designatedBy,
            @Param("at") Instant designatedAt,
            @Param("meetingId") Long meetingId,
            @Param("key") GeneratedKey key);

    /** Key suggestions designated at the meeting. */
    long countAtMeeting(@Param("meetingId") long meetingId);

    /** The key suggestions designated at these meetings, in the order they were designated. */
    List<KeyAtMeeting> designatedAt(@Param("meetingIds") Collection<Long> meetingIds);

    boolean exists(@Param("suggestionId") long suggestionId);

    Optional<String> supervisingLeader(@Param("suggestionId") long suggestionId);

    /** The suggestion's status and whether it is confidential, or empty if there is no such suggestion. */
    Optional<String> suggestionStatus(@Param("suggestionId") long suggestionId);

    Optional<KeySuggestion> findById(@Param("id") long id);

    Optional<KeySuggestion> findBySuggestionId(@Param("suggestionId") long suggestionId);

    long count();

    List<KeySuggestion> search(@Param("offset") long offset, @Param("limit") int limit);

    /** The key suggestions among those submitted from {@code from} until {@code until}, by status and reply class. */
    List<KeySuggestionCount> countsSubmittedBetween(@Param("from") Instant from, @Param("until") Instant until);
}
