package org.deputyflow.shared.persistence;

import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import org.springframework.dao.DuplicateKeyException;

/**
 * Allocates readable numbers unique per year and without gaps ({@code 2026-0001}, {@code M2026-0001})
 * from a module's own counter table: one upsert creates or raises the year's counter and keeps its
 * row locked until the submitting transaction ends, and a rollback gives the number back. The year's
 * first submissions need no row in advance and never fail because another one came at the same
 * moment. Each module keeps its table and its upsert in its own mapper and passes them here.
 */
public class YearlyNumbers {

    private final String format;
    private final IntConsumer increment;
    private final IntUnaryOperator current;

    /**
     * @param format    the number, from the year and the year's count ({@code "%d-%04d"})
     * @param increment the upsert that creates the year's counter at 1 or adds one to it
     * @param current   reads the year's counter in the same transaction
     */
    protected YearlyNumbers(String format, IntConsumer increment, IntUnaryOperator current) {
        this.format = format;
        this.increment = increment;
        this.current = current;
    }

    public String next(int year) {
        try {
            increment.accept(year);
        } catch (DuplicateKeyException created) {
            // H2's MERGE does not wait for a row that another transaction is creating: once that
            // one has committed, the row exists and the same statement raises it
            increment.accept(year);
        }
        return format.formatted(year, current.applyAsInt(year));
    }
}
