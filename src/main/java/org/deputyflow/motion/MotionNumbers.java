package org.deputyflow.motion;

import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.shared.persistence.YearlyNumbers;
import org.springframework.stereotype.Component;

/** Motion numbers, {@code M2026-0001}, from the motions' own counter table, as suggestions are numbered. */
@Component
class MotionNumbers extends YearlyNumbers {

    MotionNumbers(MotionMapper motions) {
        super("M%d-%04d", motions::incrementNumberYear, motions::findNumberYear);
    }
}
