package org.deputyflow.disclosure.domain;

/** A key suggestion as a meeting's decision: the meeting that designated it and the suggestion. */
public record KeyAtMeeting(long meetingId, long suggestionId, String serialNo, String title) {}
