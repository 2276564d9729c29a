package org.deputyflow.suggestion.reporting.domain;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * The suggestions submitted in a year, by period and category, and what screening made of them,
 * by where each stands now: one that was accepted counts as accepted whatever happened after.
 *
 * @param accepted accepted and assigned (立案交办), in handling or beyond
 * @param returned returned to the deputy for revision (退回修改) and not resubmitted
 * @param convertedToLetter 转作代表来信处理
 * @param merged 并案 into another suggestion
 * @param withdrawn withdrawn by the deputy
 * @param pending still waiting for co-signers or for the screening
 */
public record Received(
        long total,
        Map<Period, Long> byPeriod,
        List<CategoryCount> byCategory,
        long accepted,
        long returned,
        long convertedToLetter,
        long merged,
        long withdrawn,
        long pending) {

    private static final Set<SuggestionStatus> PENDING =
            Set.of(SuggestionStatus.AWAITING_COSIGNERS, SuggestionStatus.SUBMITTED);
    private static final Set<SuggestionStatus> NOT_ACCEPTED = Set.of(
            SuggestionStatus.AWAITING_COSIGNERS,
            SuggestionStatus.SUBMITTED,
            SuggestionStatus.RETURNED,
            SuggestionStatus.CONVERTED_TO_LETTER,
            SuggestionStatus.MERGED,
            SuggestionStatus.WITHDRAWN);

    /** Folds the per status, period and category counts of the database; categories by size, then name. */
    public static Received of(List<SuggestionCount> counts) {
        Map<Period, Long> byPeriod = new EnumMap<>(Period.class);
        for (Period period : Period.values()) {
            byPeriod.put(period, 0L);
        }
        Map<String, Long> byCategory = new HashMap<>();
        Map<SuggestionStatus, Long> byStatus = new EnumMap<>(SuggestionStatus.class);
        long total = 0;
        long accepted = 0;
        long pending = 0;
        for (SuggestionCount c : counts) {
            total += c.count();
            byPeriod.merge(c.period(), c.count(), Long::sum);
            byCategory.merge(c.category(), c.count(), Long::sum);
            byStatus.merge(c.status(), c.count(), Long::sum);
            if (!NOT_ACCEPTED.contains(c.status())) {
                accepted += c.count();
            }
            if (PENDING.contains(c.status())) {
                pending += c.count();
            }
        }
        List<CategoryCount> categories = byCategory.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CategoryCount::count)
                        .reversed()
                        .thenComparing(CategoryCount::category))
                .toList();
        return new Received(
                total,
                Collections.unmodifiableMap(byPeriod),
                categories,
                accepted,
                byStatus.getOrDefault(SuggestionStatus.RETURNED, 0L),
                byStatus.getOrDefault(SuggestionStatus.CONVERTED_TO_LETTER, 0L),
                byStatus.getOrDefault(SuggestionStatus.MERGED, 0L),
                byStatus.getOrDefault(SuggestionStatus.WITHDRAWN, 0L),
                pending);
    }
}
