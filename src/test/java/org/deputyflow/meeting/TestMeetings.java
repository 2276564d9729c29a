package org.deputyflow.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.deputyflow.meeting.domain.MeetingKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Meetings for tests of the decisions that refer to them, each with a number of its own. */
public final class TestMeetings {

    private TestMeetings() {}

    public static long insert(JdbcTemplate jdbc, MeetingKind kind, LocalDate heldOn) {
        String number = "测试第" + UUID.randomUUID().toString().substring(0, 8) + "次";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO meeting (kind, number, held_on, title, created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, NULL, 'staff1', ?, ?)",
                kind.name(),
                number,
                heldOn,
                now,
                now);
        return jdbc.queryForObject(
                "SELECT id FROM meeting WHERE kind = ? AND number = ?", Long.class, kind.name(), number);
    }

    public static long standingCommittee(JdbcTemplate jdbc, LocalDate heldOn) {
        return insert(jdbc, MeetingKind.STANDING_COMMITTEE, heldOn);
    }
}
