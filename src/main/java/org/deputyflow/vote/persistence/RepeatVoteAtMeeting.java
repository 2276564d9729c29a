package org.deputyflow.vote.persistence;

/** A repeat satisfaction vote scheduled at a meeting: the vote it follows and the department it is about. */
public record RepeatVoteAtMeeting(long meetingId, long voteId, String title, String departmentName) {}
