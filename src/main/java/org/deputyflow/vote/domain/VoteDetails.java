package org.deputyflow.vote.domain;

/**
 * A vote as one caller sees it: how many have voted so far, and, for a member of its electorate,
 * whether they are present and have voted — never what they voted.
 *
 * @param you the caller's place in the electorate, or null if they are not in it
 * @param followUpVoteId the vote that repeats this one, once it has been set up
 */
public record VoteDetails(Vote vote, int ballotsCast, Elector you, Long followUpVoteId) {}
