package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.vote.domain.VoteAction.CAST_BALLOT;
import static org.deputyflow.vote.domain.VoteAction.CLOSE;
import static org.deputyflow.vote.domain.VoteAction.OPEN;
import static org.deputyflow.vote.domain.VoteAction.RECORD_ATTENDANCE;
import static org.deputyflow.vote.domain.VoteAction.RECORD_PAPER_BALLOTS;
import static org.deputyflow.vote.domain.VoteAction.REVIEW_REPORT;
import static org.deputyflow.vote.domain.VoteAction.SUBMIT_REPORT;
import static org.deputyflow.vote.domain.VoteAction.VIEW_RESULT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: the vote's state, the reader and their relation to it, an action, and allowed or the refusal. */
class VotePolicyTests {

    static final long DEPARTMENT = 7;
    static final String ALLOWED = "allowed";

    static final VoteReader STAFF = new VoteReader(Set.of(Role.STAFF), null);
    static final VoteReader COUNCIL = new VoteReader(Set.of(Role.COUNCIL), null);
    static final VoteReader MEMBER = new VoteReader(Set.of(Role.MEMBER), null);
    static final VoteReader LEADER = new VoteReader(Set.of(Role.DEPT_LEADER), DEPARTMENT);
    static final VoteReader OTHER_LEADER = new VoteReader(Set.of(Role.DEPT_LEADER), DEPARTMENT + 1);
    static final VoteReader HANDLER = new VoteReader(Set.of(Role.DEPT_HANDLER), DEPARTMENT);

    static final Elector ABSENT = elector(false, false);
    static final Elector PRESENT = elector(true, false);
    static final Elector VOTED = elector(true, true);

    static final Attendance QUORATE = new Attendance(10, 6, 6);
    static final Attendance SHORT = new Attendance(10, 5, 6);

    static Stream<Arguments> table() {
        return Stream.of(
                // preparing, the quorum present
                row(preparing(QUORATE), STAFF, null, RECORD_ATTENDANCE, ALLOWED),
                row(preparing(QUORATE), STAFF, null, OPEN, ALLOWED),
                row(preparing(QUORATE), COUNCIL, null, RECORD_ATTENDANCE, "403 error.vote.staffOnly"),
                row(preparing(QUORATE), COUNCIL, null, OPEN, "403 error.vote.staffOnly"),
                row(preparing(QUORATE), MEMBER, PRESENT, OPEN, "403 error.vote.staffOnly"),
                row(preparing(QUORATE), STAFF, null, CAST_BALLOT, "403 error.vote.notInElectorate"),
                row(preparing(QUORATE), MEMBER, PRESENT, CAST_BALLOT, "409 error.vote.wrongStatus"),
                row(preparing(QUORATE), STAFF, null, RECORD_PAPER_BALLOTS, "409 error.vote.wrongStatus"),
                row(preparing(QUORATE), STAFF, null, CLOSE, "409 error.vote.wrongStatus"),
                row(preparing(QUORATE), STAFF, null, VIEW_RESULT, "409 error.vote.wrongStatus"),
                row(preparing(QUORATE), LEADER, null, SUBMIT_REPORT, "409 error.vote.rectification.noneToSubmit"),
                row(preparing(QUORATE), STAFF, null, REVIEW_REPORT, "409 error.vote.rectification.noneToReview"),
                // preparing, too few present
                row(preparing(SHORT), STAFF, null, OPEN, "409 error.vote.quorum"),
                row(preparing(SHORT), STAFF, null, RECORD_ATTENDANCE, ALLOWED),
                row(preparing(SHORT), HANDLER, null, OPEN, "403 error.vote.staffOnly"),
                // open
                row(open(), MEMBER, PRESENT, CAST_BALLOT, ALLOWED),
                row(open(), MEMBER, ABSENT, CAST_BALLOT, "409 error.vote.notPresent"),
                row(open(), MEMBER, VOTED, CAST_BALLOT, "409 error.vote.alreadyVoted"),
                row(open(), MEMBER, null, CAST_BALLOT, "403 error.vote.notInElectorate"),
                row(open(), STAFF, PRESENT, CAST_BALLOT, "403 error.vote.notInElectorate"),
                row(open(), STAFF, null, RECORD_PAPER_BALLOTS, ALLOWED),
                row(open(), STAFF, null, CLOSE, ALLOWED),
                row(open(), STAFF, null, RECORD_ATTENDANCE, "409 error.vote.wrongStatus"),
                row(open(), STAFF, null, OPEN, "409 error.vote.wrongStatus"),
                row(open(), COUNCIL, null, CLOSE, "403 error.vote.staffOnly"),
                row(open(), MEMBER, PRESENT, RECORD_PAPER_BALLOTS, "403 error.vote.staffOnly"),
                row(open(), LEADER, null, VIEW_RESULT, "409 error.vote.wrongStatus"),
                // closed, nothing owed
                row(closed(null), STAFF, null, VIEW_RESULT, ALLOWED),
                row(closed(null), MEMBER, VOTED, VIEW_RESULT, ALLOWED),
                row(closed(null), LEADER, null, VIEW_RESULT, ALLOWED),
                row(closed(null), MEMBER, PRESENT, CAST_BALLOT, "409 error.vote.wrongStatus"),
                row(closed(null), STAFF, null, CLOSE, "409 error.vote.wrongStatus"),
                row(closed(null), LEADER, null, SUBMIT_REPORT, "409 error.vote.rectification.noneToSubmit"),
                row(closed(null), STAFF, null, REVIEW_REPORT, "409 error.vote.rectification.noneToReview"),
                // closed, a report owed
                row(closed(RectificationStatus.DUE), LEADER, null, SUBMIT_REPORT, ALLOWED),
                row(closed(RectificationStatus.DUE), OTHER_LEADER, null, SUBMIT_REPORT, leaderOnly()),
                row(closed(RectificationStatus.DUE), HANDLER, null, SUBMIT_REPORT, leaderOnly()),
                row(closed(RectificationStatus.DUE), STAFF, null, SUBMIT_REPORT, leaderOnly()),
                row(closed(RectificationStatus.DUE), STAFF, null, REVIEW_REPORT, rectificationStatus()),
                // closed, a report handed in
                row(closed(RectificationStatus.SUBMITTED), STAFF, null, REVIEW_REPORT, ALLOWED),
                row(closed(RectificationStatus.SUBMITTED), COUNCIL, null, REVIEW_REPORT, "403 error.vote.staffOnly"),
                row(closed(RectificationStatus.SUBMITTED), LEADER, null, REVIEW_REPORT, "403 error.vote.staffOnly"),
                row(closed(RectificationStatus.SUBMITTED), LEADER, null, SUBMIT_REPORT, rectificationStatus()),
                // closed, the report accepted
                row(closed(RectificationStatus.ACCEPTED), LEADER, null, SUBMIT_REPORT, rectificationStatus()),
                row(closed(RectificationStatus.ACCEPTED), STAFF, null, REVIEW_REPORT, rectificationStatus()),
                row(closed(RectificationStatus.ACCEPTED), OTHER_LEADER, null, VIEW_RESULT, ALLOWED));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}: {3} -> {4}")
    @MethodSource("table")
    void each_action_is_allowed_or_refused_with_its_reason(
            String state,
            String reader,
            String relation,
            VoteAction action,
            String expected,
            Permissions<VoteAction> p) {
        assertThat(describe(p, action)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("table")
    void the_allowed_actions_are_exactly_those_without_a_refusal(
            String state,
            String reader,
            String relation,
            VoteAction action,
            String expected,
            Permissions<VoteAction> p) {
        assertThat(p.allowed().contains(action)).isEqualTo(ALLOWED.equals(expected));
        assertThat(p.allowedNames().contains(action.name())).isEqualTo(p.allows(action));
    }

    private static String describe(Permissions<VoteAction> permissions, VoteAction action) {
        return permissions
                .refusal(action)
                .map(r -> (r.kind() == Kind.FORBIDDEN ? "403 " : "409 ") + r.code())
                .orElse(ALLOWED);
    }

    private static String leaderOnly() {
        return "403 error.vote.rectification.leaderOnly";
    }

    private static String rectificationStatus() {
        return "409 error.vote.rectification.wrongStatus";
    }

    private record State(String name, VotePolicy policy) {
        VotePolicy with(Elector you) {
            return new VotePolicy(policy.vote(), policy.attendance(), you, policy.rectification(), "1/2");
        }
    }

    private static Arguments row(State state, VoteReader reader, Elector you, VoteAction action, String expected) {
        return Arguments.of(
                state.name(),
                reader.roles() + (reader.departmentId() == null ? "" : " of " + reader.departmentId()),
                you == null
                        ? "not an elector"
                        : (you.present() ? "present" : "absent") + (you.voted() ? ", voted" : ""),
                action,
                expected,
                state.with(you).permissionsOf(reader));
    }

    private static State preparing(Attendance attendance) {
        return new State(
                "preparing, " + attendance.present() + " of " + attendance.electorateSize(),
                new VotePolicy(vote(VoteStatus.PREPARING), attendance, null, null, "1/2"));
    }

    private static State open() {
        return new State("open", new VotePolicy(vote(VoteStatus.OPEN), null, null, null, "1/2"));
    }

    private static State closed(RectificationStatus rectification) {
        Rectification owed = rectification == null
                ? null
                : new Rectification(1, DEPARTMENT, LocalDate.of(2026, 9, 30), rectification, false, false, null, null);
        return new State(
                "closed, rectification " + rectification,
                new VotePolicy(vote(VoteStatus.CLOSED), null, null, owed, "1/2"));
    }

    private static Vote vote(VoteStatus status) {
        return new Vote(
                1,
                "item",
                LocalDate.of(2026, 6, 26),
                DEPARTMENT,
                "report",
                1,
                null,
                status,
                10,
                status == VoteStatus.PREPARING ? null : 8,
                null,
                null,
                null,
                null,
                1,
                Instant.EPOCH,
                null,
                null);
    }

    private static Elector elector(boolean present, boolean voted) {
        return new Elector(1, 100, "member1", "member one", present, voted);
    }
}
