package org.deputyflow.vote.domain;

import org.deputyflow.shared.Permissions;

/**
 * A vote as one caller sees it: how many have voted so far, and, for a member of its electorate,
 * whether they are present and have voted — never what they voted.
 *
 * @param you the caller's place in the electorate, or null if they are not in it
 * @param followUpVoteId the vote that repeats this one, once it has been set up
 * @param permissions what the caller may do with the vote now
 */
public record VoteDetails(
        Vote vote, int ballotsCast, Elector you, Long followUpVoteId, Permissions<VoteAction> permissions) {

    public boolean allows(VoteAction action) {
        return permissions.allows(action);
    }
}
