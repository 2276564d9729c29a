package org.deputyflow.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The motion's policy as a table: status × reader → the actions allowed, and why each other is refused. */
class MotionPolicyTests {

    private static final long LEAD = 1;
    private static final long PENDING = 2;
    private static final long ACCEPTED = 3;
    private static final long OTHER = 9;

    /** The readers of one motion: its lead, a co-signer yet to answer, one who accepted, a deputy not invited. */
    enum Reader {
        LEAD_DEPUTY(Set.of(Role.DEPUTY), LEAD),
        PENDING_CO_SIGNER(Set.of(Role.DEPUTY), PENDING),
        ACCEPTED_CO_SIGNER(Set.of(Role.DEPUTY), ACCEPTED),
        OTHER_DEPUTY(Set.of(Role.DEPUTY), OTHER),
        STAFF(Set.of(Role.STAFF), null),
        COUNCIL(Set.of(Role.COUNCIL), null),
        ADMIN(Set.of(Role.ADMIN), null),
        // a deputy account that also works as staff answers invitations as a deputy and checks forms as staff
        DEPUTY_AND_STAFF(Set.of(Role.DEPUTY, Role.STAFF), PENDING);

        final MotionReader reader;

        Reader(Set<Role> roles, Long deputyId) {
            this.reader = new MotionReader(roles, deputyId);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # status          | lead         | pending | accepted | other | staff                 | council             | admin | deputy+staff
            AWAITING_SIGNERS   | CHANGE_FILES | CO_SIGN | -        | -     | -                     | -                   | -     | CO_SIGN
            FORM_CHECK         | -    | -       | -        | -     | REVIEW_FORM           | -                   | -     | REVIEW_FORM
            AWAITING_DECISION  | -    | -       | -        | -     | -                     | DECIDE              | -     | -
            REFERRED           | -    | -       | -        | -     | RECORD_REPORT         | -                   | -     | RECORD_REPORT
            COMMITTEE_REPORTED | -    | -       | -        | -     | -                     | DECIDE_AFTER_REPORT | -     | -
            ON_AGENDA          | -    | -       | -        | -     | RECORD_MEETING        | -                   | -     | RECORD_MEETING
            IMPLEMENTING       | -    | -       | -        | -     | REPORT_IMPLEMENTATION | -                   | -     | REPORT_IMPLEMENTATION
            NOT_LISTED         | -    | -       | -        | -     | CONVERT               | CONVERT             | -     | CONVERT
            LAPSED             | -    | -       | -        | -     | -                     | -                   | -     | -
            RETURNED           | -    | -       | -        | -     | -                     | -                   | -     | -
            CONVERTED          | -    | -       | -        | -     | -                     | -                   | -     | -
            IMPLEMENTED        | -    | -       | -        | -     | -                     | -                   | -     | -
            DELIBERATED        | -    | -       | -        | -     | -                     | -                   | -     | -
            """)
    void each_reader_may_take_the_step_the_status_waits_for_if_it_is_theirs(
            MotionStatus status,
            String lead,
            String pending,
            String accepted,
            String other,
            String staff,
            String council,
            String admin,
            String deputyAndStaff) {
        List<String> expected = List.of(lead, pending, accepted, other, staff, council, admin, deputyAndStaff);
        for (Reader reader : Reader.values()) {
            assertThat(names(permissions(status, reader).allowed()))
                    .as("%s as %s", status, reader)
                    .isEqualTo(expected.get(reader.ordinal()));
        }
    }

    @ParameterizedTest(name = "{0} on {1} by {2}: {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # action              | status             | reader             | kind      | code
            CHANGE_FILES          | AWAITING_SIGNERS   | PENDING_CO_SIGNER  | FORBIDDEN | error.motion.forbidden.lead
            CHANGE_FILES          | AWAITING_SIGNERS   | STAFF              | FORBIDDEN | error.motion.forbidden.lead
            CHANGE_FILES          | FORM_CHECK         | LEAD_DEPUTY        | CONFLICT  | error.motion.wrongStatus
            CO_SIGN               | AWAITING_SIGNERS   | OTHER_DEPUTY       | FORBIDDEN | error.motion.forbidden.notInvited
            CO_SIGN               | AWAITING_SIGNERS   | STAFF              | FORBIDDEN | error.motion.forbidden.notInvited
            CO_SIGN               | AWAITING_SIGNERS   | LEAD_DEPUTY        | CONFLICT  | error.motion.coSign.lead
            CO_SIGN               | FORM_CHECK         | LEAD_DEPUTY        | CONFLICT  | error.motion.coSign.lead
            CO_SIGN               | AWAITING_SIGNERS   | ACCEPTED_CO_SIGNER | CONFLICT  | error.motion.coSign.answered
            CO_SIGN               | FORM_CHECK         | PENDING_CO_SIGNER  | CONFLICT  | error.motion.wrongStatus
            CO_SIGN               | LAPSED             | ACCEPTED_CO_SIGNER | CONFLICT  | error.motion.wrongStatus
            REVIEW_FORM           | FORM_CHECK         | COUNCIL            | FORBIDDEN | error.motion.forbidden.staff
            REVIEW_FORM           | FORM_CHECK         | LEAD_DEPUTY        | FORBIDDEN | error.motion.forbidden.staff
            REVIEW_FORM           | AWAITING_SIGNERS   | STAFF              | CONFLICT  | error.motion.wrongStatus
            DECIDE                | AWAITING_DECISION  | STAFF              | FORBIDDEN | error.motion.forbidden.council
            DECIDE                | AWAITING_DECISION  | ADMIN              | FORBIDDEN | error.motion.forbidden.council
            DECIDE                | REFERRED           | COUNCIL            | CONFLICT  | error.motion.wrongStatus
            RECORD_REPORT         | REFERRED           | COUNCIL            | FORBIDDEN | error.motion.forbidden.staff
            RECORD_REPORT         | COMMITTEE_REPORTED | STAFF              | CONFLICT  | error.motion.wrongStatus
            DECIDE_AFTER_REPORT   | COMMITTEE_REPORTED | STAFF              | FORBIDDEN | error.motion.forbidden.council
            DECIDE_AFTER_REPORT   | AWAITING_DECISION  | COUNCIL            | CONFLICT  | error.motion.wrongStatus
            RECORD_MEETING        | ON_AGENDA          | COUNCIL            | FORBIDDEN | error.motion.forbidden.staff
            RECORD_MEETING        | IMPLEMENTING       | STAFF              | CONFLICT  | error.motion.wrongStatus
            REPORT_IMPLEMENTATION | IMPLEMENTING       | LEAD_DEPUTY        | FORBIDDEN | error.motion.forbidden.staff
            REPORT_IMPLEMENTATION | IMPLEMENTED        | STAFF              | CONFLICT  | error.motion.wrongStatus
            CONVERT               | NOT_LISTED         | LEAD_DEPUTY        | FORBIDDEN | error.motion.forbidden.staffOrCouncil
            CONVERT               | NOT_LISTED         | ADMIN              | FORBIDDEN | error.motion.forbidden.staffOrCouncil
            CONVERT               | CONVERTED          | COUNCIL            | CONFLICT  | error.motion.wrongStatus
            CONVERT               | DELIBERATED        | STAFF              | CONFLICT  | error.motion.wrongStatus
            """)
    void a_refused_step_says_why(
            MotionAction action, MotionStatus status, Reader reader, Refusal.Kind kind, String code) {
        Refusal refusal = permissions(status, reader).refusal(action).orElseThrow();

        assertThat(refusal.kind()).isEqualTo(kind);
        assertThat(refusal.code()).isEqualTo(code);
        if (code.equals("error.motion.wrongStatus")) {
            assertThat(refusal.arguments()).containsExactly("M2026-0001", status.name());
        }
    }

    private static Permissions<MotionAction> permissions(MotionStatus status, Reader reader) {
        return MotionPolicy.permissions(motion(status), signers(), reader.reader);
    }

    private static String names(Set<MotionAction> allowed) {
        return allowed.isEmpty()
                ? "-"
                : String.join(
                        "+", new TreeSet<>(allowed.stream().map(Enum::name).toList()));
    }

    private static Motion motion(MotionStatus status) {
        return new Motion(
                7,
                "M2026-0001",
                "title",
                "reason",
                "basis",
                "proposal",
                Period.SESSION,
                status,
                LEAD,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static List<MotionSigner> signers() {
        return Arrays.asList(
                new MotionSigner(7, LEAD, "lead", true, SignerAnswer.ACCEPTED, Instant.EPOCH),
                new MotionSigner(7, PENDING, "pending", false, SignerAnswer.PENDING, null),
                new MotionSigner(7, ACCEPTED, "accepted", false, SignerAnswer.ACCEPTED, Instant.EPOCH));
    }
}
