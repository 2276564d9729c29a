package org.deputyflow.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The shared yearly numbering over a counter that behaves as the modules' upserts do. */
class YearlyNumbersTests {

    /** A year's counter; the first upsert of a year may lose the race to create its row. */
    static final class Counter {
        final Map<Integer, Integer> rows = new HashMap<>();
        int collisionsLeft;
        int upserts;

        void increment(int year) {
            upserts++;
            if (collisionsLeft > 0) {
                collisionsLeft--;
                // another transaction created the row and committed meanwhile
                rows.merge(year, 1, Integer::sum);
                throw new DuplicateKeyException("number_year " + year);
            }
            rows.merge(year, 1, Integer::sum);
        }

        int current(int year) {
            return rows.get(year);
        }
    }

    static YearlyNumbers numbers(String format, Counter counter) {
        return new YearlyNumbers(format, counter::increment, counter::current) {};
    }

    @Test
    void numbers_count_per_year_in_the_module_format() {
        Counter counter = new Counter();
        YearlyNumbers motions = numbers("M%d-%04d", counter);

        assertThat(motions.next(2026)).isEqualTo("M2026-0001");
        assertThat(motions.next(2026)).isEqualTo("M2026-0002");
        assertThat(motions.next(2027)).isEqualTo("M2027-0001");
        assertThat(counter.rows).containsEntry(2026, 2).containsEntry(2027, 1);
    }

    @Test
    void a_lost_race_to_create_the_year_row_raises_the_row_the_other_one_created() {
        Counter counter = new Counter();
        counter.collisionsLeft = 1;
        YearlyNumbers suggestions = numbers("%d-%04d", counter);

        // the other transaction holds 2026-0001; this one gets the next number, not an error
        assertThat(suggestions.next(2026)).isEqualTo("2026-0002");
        assertThat(counter.upserts).isEqualTo(2);
    }
}
