package org.deputyflow.vote.domain;

/**
 * A member in a vote's electorate: whether they are present and whether they have voted. What they
 * voted is not here, nor anywhere else.
 */
public record Elector(long voteId, long memberId, String login, String displayName, boolean present, boolean voted) {}
