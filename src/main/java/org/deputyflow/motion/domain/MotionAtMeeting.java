package org.deputyflow.motion.domain;

/** A motion as a meeting's decision: which meeting, which motion, and what was decided or resolved. */
public record MotionAtMeeting(long meetingId, long motionId, String number, String title, String outcome) {}
