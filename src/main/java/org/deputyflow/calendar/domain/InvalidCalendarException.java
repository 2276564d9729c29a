package org.deputyflow.calendar.domain;

import java.util.List;
import org.deputyflow.shared.Text;

/**
 * A year's exceptions, or a CSV file of them, break the calendar's rules. Each violation names
 * its position in the caller's terms (an entry's index, a CSV line number), so the caller can tell
 * a person exactly what to fix.
 */
public class InvalidCalendarException extends IllegalArgumentException {

    /** {@code position}: 0-based index of the entry, or the 1-based line of a CSV file; the message names what is wrong. */
    public record Violation(int position, Text message) {}

    private final transient List<Violation> violations;

    public InvalidCalendarException(List<Violation> violations) {
        super(
                violations.isEmpty()
                        ? "invalid calendar"
                        : violations.get(0).message().toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a violation is needed");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
