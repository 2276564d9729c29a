package org.deputyflow.motion.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.deputyflow.shared.BadRequestException;

/** What the motion pages' forms post as text, read as the services take it. */
final class MotionParams {

    private MotionParams() {}

    /** An unknown or missing name is null: the service names the field that needs a choice. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** A date the form could not send is treated as missing: the service names the field. */
    static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("meetingDate", "error.motion.meetingDate.format");
        }
    }
}
