package org.deputyflow.disclosure.domain;

import java.util.Set;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.shared.Text;

/**
 * What a reader may do with one version of a quarterly disclosure now: staff review it and correct a
 * published one, the council approves it or sends it back. The reader's roles are asked first, the
 * disclosure's state after, so a refusal says whose it is before it says when.
 */
public final class DisclosurePolicy {

    /** What the API answers a caller whose role never takes the step. */
    static final String ROLE_FORBIDDEN = "error.roleForbidden";

    private DisclosurePolicy() {}

    public static Permissions<DisclosureAction> of(
            Disclosure disclosure, QuarterVersions versions, Set<Role> readerRoles) {
        boolean staff = readerRoles.contains(Role.STAFF);
        boolean council = readerRoles.contains(Role.COUNCIL);
        DisclosureState state = disclosure.state();
        // an approved version is published in the same step; it no longer awaits a decision
        boolean awaitingDecision = state == DisclosureState.AWAITING_APPROVAL && disclosure.approvedBy() == null;
        Refusal notInApproval = Refusal.conflict("error.disclosure.notInApproval");
        return Permissions.of(DisclosureAction.class)
                .unless(staff, DisclosureAction.REVIEW, Refusal.forbidden(ROLE_FORBIDDEN))
                .unless(council, DisclosureAction.APPROVE, Refusal.forbidden(ROLE_FORBIDDEN))
                .unless(council, DisclosureAction.SEND_BACK, Refusal.forbidden(ROLE_FORBIDDEN))
                .unless(staff, DisclosureAction.CORRECT, Refusal.forbidden(ROLE_FORBIDDEN))
                .unless(
                        state == DisclosureState.IN_REVIEW,
                        DisclosureAction.REVIEW,
                        Refusal.conflict(
                                "error.disclosure.notInReview", Text.of("label.disclosure.state." + state.name())))
                .unless(awaitingDecision, DisclosureAction.APPROVE, notInApproval)
                .unless(awaitingDecision, DisclosureAction.SEND_BACK, notInApproval)
                .unless(
                        state == DisclosureState.PUBLISHED,
                        DisclosureAction.CORRECT,
                        Refusal.conflict("error.disclosure.correct.notPublished"))
                .unless(
                        disclosure.version() == versions.latest(),
                        DisclosureAction.CORRECT,
                        Refusal.conflict("error.disclosure.correct.notLatest"))
                .unless(
                        versions.inProgress() == 0,
                        DisclosureAction.CORRECT,
                        Refusal.conflict(
                                "error.disclosure.inProgress", String.valueOf(disclosure.year()), disclosure.quarter()))
                .build();
    }
}
