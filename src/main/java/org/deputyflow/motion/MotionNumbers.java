package org.deputyflow.motion;

import org.deputyflow.motion.persistence.MotionMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Allocates readable numbers, {@code M2026-0001}, unique per year and without gaps, as
 * suggestions do: the year's counter row stays locked until the submitting transaction ends, and
 * a rollback gives the number back.
 */
@Component
class MotionNumbers {

    private final MotionMapper motions;

    MotionNumbers(MotionMapper motions) {
        this.motions = motions;
    }

    String next(int year) {
        Integer last = motions.lockNumberYear(year);
        if (last == null) {
            try {
                motions.insertNumberYear(year);
            } catch (DuplicateKeyException raced) {
                // another submission opened the year first; its row is what we lock next
            }
            last = motions.lockNumberYear(year);
        }
        int next = last + 1;
        motions.setNumberYear(year, next);
        return "M%d-%04d".formatted(year, next);
    }
}
