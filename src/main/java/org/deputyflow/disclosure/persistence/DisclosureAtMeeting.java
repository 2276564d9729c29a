package org.deputyflow.disclosure.persistence;

/** A quarterly disclosure the council approved or sent back at a meeting. */
public record DisclosureAtMeeting(
        long meetingId,
        long disclosureId,
        int periodYear,
        int periodQuarter,
        int versionNo,
        String title,
        boolean approved) {}
