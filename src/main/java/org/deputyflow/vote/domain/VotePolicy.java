package org.deputyflow.vote.domain;

import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.shared.Text;

/**
 * What one reader may do with one vote now. Staff run the meeting (attendance, opening, paper ballots,
 * closing) and review rectification reports; a member of the electorate who is present and has not
 * voted casts a ballot while it is open; the leader of the department voted on hands in the report its
 * result owes; whoever sees the vote reads its result once counted. The reader's part is checked
 * first (403), the vote's state after (409).
 *
 * @param vote the vote
 * @param attendance who is present, while the vote is prepared (null once it opened)
 * @param you the reader's place in the electorate, or null if they are not in it
 * @param rectification what the result obliges, or null if nothing (yet)
 * @param quorumShare the quorum as the refusal quotes it
 */
public record VotePolicy(
        Vote vote, Attendance attendance, Elector you, Rectification rectification, String quorumShare) {

    public Permissions<VoteAction> permissionsOf(VoteReader reader) {
        boolean staff = reader.has(Role.STAFF);
        Refusal staffOnly = Refusal.forbidden("error.vote.staffOnly");
        var permissions = Permissions.of(VoteAction.class)
                .unless(staff, VoteAction.RECORD_ATTENDANCE, staffOnly)
                .unless(staff, VoteAction.OPEN, staffOnly)
                .unless(staff, VoteAction.RECORD_PAPER_BALLOTS, staffOnly)
                .unless(staff, VoteAction.CLOSE, staffOnly)
                .unless(staff, VoteAction.REVIEW_REPORT, staffOnly)
                .unless(
                        reader.has(Role.MEMBER) && you != null,
                        VoteAction.CAST_BALLOT,
                        Refusal.forbidden("error.vote.notInElectorate", String.valueOf(vote.id())))
                .unless(
                        reader.leads(vote.departmentId()),
                        VoteAction.SUBMIT_REPORT,
                        Refusal.forbidden("error.vote.rectification.leaderOnly"));
        status(permissions, VoteStatus.PREPARING, VoteAction.RECORD_ATTENDANCE, "recordAttendance");
        status(permissions, VoteStatus.PREPARING, VoteAction.OPEN, "open");
        status(permissions, VoteStatus.OPEN, VoteAction.CAST_BALLOT, "cast");
        status(permissions, VoteStatus.OPEN, VoteAction.RECORD_PAPER_BALLOTS, "recordPaper");
        status(permissions, VoteStatus.OPEN, VoteAction.CLOSE, "close");
        status(permissions, VoteStatus.CLOSED, VoteAction.VIEW_RESULT, "viewResult");
        if (attendance != null) {
            permissions.unless(
                    attendance.quorate(),
                    VoteAction.OPEN,
                    Refusal.conflict(
                            "error.vote.quorum",
                            attendance.present(),
                            attendance.electorateSize(),
                            quorumShare,
                            attendance.quorumNeeded()));
        }
        if (you != null) {
            permissions
                    .unless(
                            you.present(),
                            VoteAction.CAST_BALLOT,
                            Refusal.conflict("error.vote.notPresent", you.displayName()))
                    .unless(
                            !you.voted(),
                            VoteAction.CAST_BALLOT,
                            Refusal.conflict("error.vote.alreadyVoted", you.displayName()));
        }
        String id = String.valueOf(vote.id());
        permissions
                .unless(
                        rectification != null,
                        VoteAction.SUBMIT_REPORT,
                        Refusal.conflict("error.vote.rectification.noneToSubmit", id))
                .unless(
                        rectification != null,
                        VoteAction.REVIEW_REPORT,
                        Refusal.conflict("error.vote.rectification.noneToReview", id));
        rectificationStatus(permissions, RectificationStatus.DUE, VoteAction.SUBMIT_REPORT, "submitReport");
        rectificationStatus(permissions, RectificationStatus.SUBMITTED, VoteAction.REVIEW_REPORT, "reviewReport");
        return permissions.build();
    }

    private void status(
            Permissions.Builder<VoteAction> permissions, VoteStatus expected, VoteAction action, String label) {
        permissions.unless(
                vote.status() == expected,
                action,
                Refusal.conflict(
                        "error.vote.wrongStatus",
                        String.valueOf(vote.id()),
                        Text.of("label.vote.voteStatus." + vote.status().name()),
                        Text.of("label.vote.action." + label)));
    }

    private void rectificationStatus(
            Permissions.Builder<VoteAction> permissions,
            RectificationStatus expected,
            VoteAction action,
            String label) {
        if (rectification != null) {
            permissions.unless(
                    rectification.status() == expected,
                    action,
                    Refusal.conflict(
                            "error.vote.rectification.wrongStatus",
                            String.valueOf(vote.id()),
                            Text.of("label.vote.rectificationStatus."
                                    + rectification.status().name()),
                            Text.of("label.vote.action." + label)));
        }
    }
}
