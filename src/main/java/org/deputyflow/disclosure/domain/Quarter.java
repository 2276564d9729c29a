package org.deputyflow.disclosure.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;

/** A calendar quarter: the period one disclosure covers. */
public record Quarter(int year, int quarter) {

    private static final Pattern SLUG = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("a disclosure year lies between 2000 and 2999, not " + year);
        }
    }

    /** The quarter a person asked for, refused with the field at fault when there is none such. */
    public static Quarter asked(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new BadRequestException("quarter", "error.disclosure.quarter.invalid");
        }
        if (year < 2000 || year > 2999) {
            throw new BadRequestException("year", "error.disclosure.year.outOfRange", "2000", "2999");
        }
        return new Quarter(year, quarter);
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter that ended before the one this day belongs to: what a quarter's first day discloses. */
    public static Quarter before(LocalDate date) {
        return containing(date).previous();
    }

    /** {@code 2026-Q3}, as in the public address; empty for anything else. */
    public static java.util.Optional<Quarter> parse(String slug) {
        Matcher m = SLUG.matcher(slug);
        return m.matches()
                ? java.util.Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : java.util.Optional.empty();
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day of the next quarter: periods are half-open. */
    public LocalDate endExclusive() {
        return firstDay().plusMonths(3);
    }

    /** Whether the quarter is over on this day. */
    public boolean endedBy(LocalDate today) {
        return !today.isBefore(endExclusive());
    }

    public String slug() {
        return year + "-Q" + quarter;
    }

    /** "2026年第三季度重点建议及建议办理情况公开": the title a disclosure of the quarter is published under. */
    public Text title() {
        return Text.of("text.disclosure.title", String.valueOf(year), Text.of("label.disclosure.quarter." + quarter));
    }
}
