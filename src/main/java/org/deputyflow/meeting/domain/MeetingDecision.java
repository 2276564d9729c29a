package org.deputyflow.meeting.domain;

/**
 * One thing decided at a meeting, as the module that owns the record reports it: what kind of
 * decision ({@code KEY_SUGGESTION}, {@code MOTION_DECISION}, …), the record's number, title and
 * outcome, and the page that shows it.
 */
public record MeetingDecision(long meetingId, String kind, String number, String title, String outcome, String link) {}
