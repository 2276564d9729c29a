package org.deputyflow.suggestion.reporting.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.suggestion.domain.Rating;

/**
 * The satisfaction votes on departments whose meeting fell in the year.
 *
 * @param held every vote of the year, prepared, open or closed
 * @param closed the votes counted
 * @param outcomes the closed votes by result
 * @param lines the closed votes, by meeting date
 */
public record VoteFigures(long held, long closed, Map<Rating, Long> outcomes, List<VoteLine> lines) {

    public static VoteFigures of(List<VoteCount> counts, List<VoteLine> lines) {
        Map<Rating, Long> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, 0L);
        }
        long held = 0;
        long closed = 0;
        for (VoteCount c : counts) {
            held += c.count();
            if (c.closed()) {
                closed += c.count();
                if (c.outcome() != null) {
                    outcomes.merge(c.outcome(), c.count(), Long::sum);
                }
            }
        }
        return new VoteFigures(held, closed, Collections.unmodifiableMap(outcomes), List.copyOf(lines));
    }
}
