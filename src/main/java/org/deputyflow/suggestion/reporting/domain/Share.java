package org.deputyflow.suggestion.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole with the counts it comes from, so that a rate is never read without its
 * base: 1 of 1 is not 90 of 100.
 *
 * @param rate {@code count / of} to four places; null when {@code of} is 0
 */
public record Share(long count, long of, BigDecimal rate) {

    public static Share of(long count, long of) {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("not a share: " + count + " of " + of);
        }
        BigDecimal rate =
                of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
        return new Share(count, of, rate);
    }
}
