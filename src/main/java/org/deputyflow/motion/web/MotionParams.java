package org.deputyflow.motion.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.deputyflow.shared.BadRequestException;

/** What the motion pages' forms post as text, read as the services take it. */
final class MotionParams {

    private MotionParams() {}

    /** A date the form could not send is treated as missing: the service names the field. */
    static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("meetingDate", "error.motion.meetingDate.format");
        }
    }
}
