package org.deputyflow.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every situation of a disclosure against every kind of reader: allowed, or refused with which reason. */
class DisclosurePolicyTests {

    /** Where one version of a quarter stands, with the quarter's other versions. */
    enum Situation {
        IN_REVIEW(DisclosureState.IN_REVIEW, false, 1, 1, 1),
        AWAITING_APPROVAL(DisclosureState.AWAITING_APPROVAL, false, 1, 1, 1),
        APPROVED(DisclosureState.AWAITING_APPROVAL, true, 1, 1, 1),
        PUBLISHED(DisclosureState.PUBLISHED, true, 1, 1, 0),
        REPLACED(DisclosureState.PUBLISHED, true, 1, 2, 0),
        BEING_CORRECTED(DisclosureState.PUBLISHED, true, 1, 2, 1),
        LATEST_WITH_ANOTHER_IN_PROGRESS(DisclosureState.PUBLISHED, true, 2, 2, 1),
        CORRECTION_IN_REVIEW(DisclosureState.IN_REVIEW, false, 2, 2, 1);

        final Disclosure disclosure;
        final QuarterVersions versions;

        Situation(DisclosureState state, boolean approved, int version, int latest, int inProgress) {
            Instant at = Instant.parse("2026-04-02T02:00:00Z");
            this.disclosure = new Disclosure(
                    7,
                    2026,
                    1,
                    version,
                    version > 1 ? 6L : null,
                    state,
                    "2026 Q1",
                    null,
                    null,
                    at,
                    null,
                    null,
                    approved ? "council1" : null,
                    approved ? at : null,
                    state == DisclosureState.PUBLISHED ? at : null,
                    approved ? 3L : null);
            this.versions = new QuarterVersions(latest, inProgress);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                     | reader        | REVIEW      | APPROVE       | SEND_BACK     | CORRECT
            IN_REVIEW                       | STAFF         | ok          | forbidden     | forbidden     | notPublished
            IN_REVIEW                       | COUNCIL       | forbidden   | notInApproval | notInApproval | forbidden
            IN_REVIEW                       | STAFF COUNCIL | ok          | notInApproval | notInApproval | notPublished
            IN_REVIEW                       | ADMIN         | forbidden   | forbidden     | forbidden     | forbidden
            IN_REVIEW                       | DEPUTY        | forbidden   | forbidden     | forbidden     | forbidden
            AWAITING_APPROVAL               | STAFF         | notInReview | forbidden     | forbidden     | notPublished
            AWAITING_APPROVAL               | COUNCIL       | forbidden   | ok            | ok            | forbidden
            AWAITING_APPROVAL               | STAFF COUNCIL | notInReview | ok            | ok            | notPublished
            AWAITING_APPROVAL               | ADMIN         | forbidden   | forbidden     | forbidden     | forbidden
            APPROVED                        | STAFF         | notInReview | forbidden     | forbidden     | notPublished
            APPROVED                        | COUNCIL       | forbidden   | notInApproval | notInApproval | forbidden
            PUBLISHED                       | STAFF         | notInReview | forbidden     | forbidden     | ok
            PUBLISHED                       | COUNCIL       | forbidden   | notInApproval | notInApproval | forbidden
            PUBLISHED                       | STAFF COUNCIL | notInReview | notInApproval | notInApproval | ok
            PUBLISHED                       | ADMIN         | forbidden   | forbidden     | forbidden     | forbidden
            PUBLISHED                       | MEMBER        | forbidden   | forbidden     | forbidden     | forbidden
            REPLACED                        | STAFF         | notInReview | forbidden     | forbidden     | notLatest
            REPLACED                        | COUNCIL       | forbidden   | notInApproval | notInApproval | forbidden
            BEING_CORRECTED                 | STAFF         | notInReview | forbidden     | forbidden     | notLatest
            LATEST_WITH_ANOTHER_IN_PROGRESS | STAFF         | notInReview | forbidden     | forbidden     | inProgress
            CORRECTION_IN_REVIEW            | STAFF         | ok          | forbidden     | forbidden     | notPublished
            CORRECTION_IN_REVIEW            | COUNCIL       | forbidden   | notInApproval | notInApproval | forbidden
            """)
    void each_action_is_allowed_or_refused_with_its_reason(
            Situation situation, String reader, String review, String approve, String sendBack, String correct) {
        Permissions<DisclosureAction> permissions =
                DisclosurePolicy.of(situation.disclosure, situation.versions, roles(reader));

        List<String> expected = List.of(review, approve, sendBack, correct);
        List<String> actual = Arrays.stream(DisclosureAction.values())
                .map(action -> permissions
                        .refusal(action)
                        .map(refusal -> shortName(refusal, situation))
                        .orElse("ok"))
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(permissions.allowedNames())
                .containsExactlyElementsOf(Arrays.stream(DisclosureAction.values())
                        .filter(action -> expected.get(action.ordinal()).equals("ok"))
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void a_review_out_of_turn_names_the_step_it_is_at() {
        Permissions<DisclosureAction> permissions = DisclosurePolicy.of(
                Situation.AWAITING_APPROVAL.disclosure, Situation.AWAITING_APPROVAL.versions, Set.of(Role.STAFF));

        assertThat(permissions.refusal(DisclosureAction.REVIEW))
                .contains(Refusal.conflict(
                        "error.disclosure.notInReview", Text.of("label.disclosure.state.AWAITING_APPROVAL")));
    }

    @Test
    void a_second_version_in_progress_names_the_quarter() {
        Situation situation = Situation.LATEST_WITH_ANOTHER_IN_PROGRESS;
        Permissions<DisclosureAction> permissions =
                DisclosurePolicy.of(situation.disclosure, situation.versions, Set.of(Role.STAFF));

        assertThat(permissions.refusal(DisclosureAction.CORRECT))
                .contains(Refusal.conflict("error.disclosure.inProgress", "2026", 1));
    }

    /** The table's short name of a refusal, after checking its kind agrees with it. */
    private static String shortName(Refusal refusal, Situation situation) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
            assertThat(refusal.code()).isEqualTo("error.roleForbidden");
            return "forbidden";
        }
        String name = switch (refusal.code()) {
            case "error.disclosure.notInReview" -> "notInReview";
            case "error.disclosure.notInApproval" -> "notInApproval";
            case "error.disclosure.correct.notPublished" -> "notPublished";
            case "error.disclosure.correct.notLatest" -> "notLatest";
            case "error.disclosure.inProgress" -> "inProgress";
            default -> refusal.code();
        };
        if (name.equals("notInReview")) {
            assertThat(refusal.arguments())
                    .containsExactly(Text.of("label.disclosure.state."
                            + situation.disclosure.state().name()));
        }
        return name;
    }

    private static Set<Role> roles(String reader) {
        return Arrays.stream(reader.split(" "))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
