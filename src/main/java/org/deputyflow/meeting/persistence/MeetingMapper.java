package org.deputyflow.meeting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface MeetingMapper {

    void insert(
            @Param("kind") MeetingKind kind,
            @Param("number") String number,
            @Param("heldOn") LocalDate heldOn,
            @Param("title") String title,
            @Param("createdBy") String createdBy,
            @Param("at") Instant at,
            @Param("key") GeneratedKey key);

    int update(
            @Param("id") long id,
            @Param("kind") MeetingKind kind,
            @Param("number") String number,
            @Param("heldOn") LocalDate heldOn,
            @Param("title") String title,
            @Param("at") Instant at);

    Optional<Meeting> findById(@Param("id") long id);

    /** With a row lock: an edit and a decision referring to the meeting do not pass each other. */
    Optional<Meeting> lockById(@Param("id") long id);

    boolean existsNumber(
            @Param("kind") MeetingKind kind, @Param("number") String number, @Param("exceptId") Long exceptId);

    long count(@Param("query") MeetingQuery query);

    /** Held on or before {@code today}, newest first. */
    List<Meeting> recent(
            @Param("kinds") List<MeetingKind> kinds, @Param("today") LocalDate today, @Param("limit") int limit);

    /** Held after {@code after}, soonest first. */
    List<Meeting> after(
            @Param("kinds") List<MeetingKind> kinds, @Param("after") LocalDate after, @Param("limit") int limit);

    /** Newest first. */
    List<Meeting> search(@Param("query") MeetingQuery query, @Param("offset") long offset, @Param("limit") int limit);
}
