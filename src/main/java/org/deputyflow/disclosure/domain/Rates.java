package org.deputyflow.disclosure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as published: one decimal, half up; a dash when there is nothing to divide by. */
public final class Rates {

    public static final String NONE = "—";

    private Rates() {}

    public static String percent(int part, int whole) {
        if (whole == 0) {
            return NONE;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
