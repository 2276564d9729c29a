package org.deputyflow.disclosure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.disclosure.domain.DepartmentFigures;
import org.deputyflow.disclosure.domain.DepartmentLine;
import org.deputyflow.disclosure.domain.Disclosure;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.KeyFacts;
import org.deputyflow.disclosure.domain.KeyLine;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface DisclosureMapper {

    /** Per department with any assignment before the quarter's end, its figures for [from, to). */
    List<DepartmentFigures> departmentFigures(
            @Param("from") Instant from, @Param("to") Instant to, @Param("endDate") LocalDate endExclusive);

    /** Every key suggestion designated before the quarter's end that is not confidential. */
    List<KeyFacts> keyFacts(@Param("to") Instant to);

    /** Every lead department of the key suggestions {@link #keyFacts} reads, in assignment order. */
    List<LeadDepartment> leadDepartments(@Param("to") Instant to);

    record LeadDepartment(long suggestionId, String name) {}

    int lastVersion(@Param("year") int year, @Param("quarter") int quarter);

    /** How many versions of the quarter are being prepared: only one at a time. */
    int countInProgress(@Param("year") int year, @Param("quarter") int quarter);

    void insert(
            @Param("year") int year,
            @Param("quarter") int quarter,
            @Param("version") int version,
            @Param("replacesId") Long replacesId,
            @Param("title") String title,
            @Param("builtAt") Instant builtAt,
            @Param("key") GeneratedKey key);

    void insertKeyLines(@Param("disclosureId") long disclosureId, @Param("lines") List<KeyLine> lines);

    void insertDepartmentLines(@Param("disclosureId") long disclosureId, @Param("lines") List<DepartmentLine> lines);

    Optional<Disclosure> findById(@Param("id") long id);

    /** Reads the disclosure and holds its row: review and approval take turns. */
    Optional<Disclosure> lockById(@Param("id") long id);

    List<KeyLine> keyLines(@Param("id") long id);

    List<DepartmentLine> departmentLines(@Param("id") long id);

    /** @return 1 if the disclosure was in review and now awaits approval */
    int review(
            @Param("id") long id,
            @Param("commentary") String commentary,
            @Param("by") String by,
            @Param("at") Instant at);

    /** @return 1 if it awaited approval and is now approved (still to be published) */
    int approve(
            @Param("id") long id, @Param("by") String by, @Param("at") Instant at, @Param("meetingId") long meetingId);

    /** @return 1 if it awaited approval and is back in review */
    int sendBack(@Param("id") long id, @Param("comment") String comment, @Param("meetingId") long meetingId);

    /** How many disclosures a decision of the meeting approved or sent back. */
    long countAtMeeting(@Param("meetingId") long meetingId);

    /** The disclosures whose last decision these meetings took. */
    List<DisclosureAtMeeting> decidedAt(@Param("meetingIds") Collection<Long> meetingIds);

    /** @return 1 if it awaited approval and is now published */
    int publish(@Param("id") long id, @Param("at") Instant at);

    long count(@Param("state") DisclosureState state);

    List<Disclosure> search(
            @Param("state") DisclosureState state, @Param("offset") long offset, @Param("limit") int limit);

    /** The published versions of a quarter, newest first. */
    List<Disclosure> publishedVersions(@Param("year") int year, @Param("quarter") int quarter);
}
