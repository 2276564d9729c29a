package org.deputyflow.motion;

import org.deputyflow.motion.persistence.MotionMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Allocates readable numbers, {@code M2026-0001}, unique per year and without gaps, as
 * suggestions do: one upsert creates or raises the year's counter and keeps its row locked until
 * the submitting transaction ends, and a rollback gives the number back.
 */
@Component
class MotionNumbers {

    private final MotionMapper motions;

    MotionNumbers(MotionMapper motions) {
        this.motions = motions;
    }

    String next(int year) {
        try {
            motions.incrementNumberYear(year);
        } catch (DuplicateKeyException created) {
            // H2's MERGE does not wait for a row that another transaction is creating: once that
            // one has committed, the row exists and the same statement raises it
            motions.incrementNumberYear(year);
        }
        return "M%d-%04d".formatted(year, motions.findNumberYear(year));
    }
}
