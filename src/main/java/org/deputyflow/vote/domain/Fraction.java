package org.deputyflow.vote.domain;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact share such as 1/2 or 2/3. Thresholds are compared in whole numbers, because "more than
 * two thirds" written as 0.6667 would count wrongly for some electorate sizes.
 */
public record Fraction(long numerator, long denominator) {

    public static final Fraction HALF = new Fraction(1, 2);

    public Fraction {
        if (denominator <= 0 || numerator < 0 || numerator >= denominator) {
            throw new IllegalArgumentException(
                    "a threshold must be a fraction from 0 up to, not including, 1: " + numerator + "/" + denominator);
        }
        long gcd = BigInteger.valueOf(numerator)
                .gcd(BigInteger.valueOf(denominator))
                .longValueExact();
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    /** Reads "1/2", "2/3" or a decimal such as "0.5". */
    public static Fraction parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            int slash = value.indexOf('/');
            if (slash >= 0) {
                return new Fraction(
                        Long.parseLong(value.substring(0, slash).strip()),
                        Long.parseLong(value.substring(slash + 1).strip()));
            }
            BigDecimal decimal = new BigDecimal(value).stripTrailingZeros();
            int scale = Math.max(decimal.scale(), 0);
            return new Fraction(
                    decimal.movePointRight(scale).longValueExact(),
                    BigInteger.TEN.pow(scale).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a fraction: '" + text + "'", e);
        }
    }

    /** Strictly more than this share of the base: exactly the share is not enough. */
    public boolean isExceededBy(long count, long base) {
        return count * denominator > base * numerator;
    }

    /** The smallest count that is more than this share of the base. */
    public long smallestCountAbove(long base) {
        return base * numerator / denominator + 1;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
