package org.deputyflow.suggestion.reporting.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * The key suggestions (重点建议) among the suggestions submitted in a year and how far they came.
 *
 * @param replied the reply reached the deputy: replied, awaiting a decision on re-handling, in follow-up or closed
 * @param closed closed (办结), a part of {@code replied}
 * @param inHandling accepted and not yet replied, or handled again
 * @param resultClasses the class of the lead department's latest signed-off reply, per replied key suggestion
 */
public record KeySuggestionFigures(
        long total, long replied, long closed, long inHandling, Map<ResultClass, Long> resultClasses) {

    private static final Set<SuggestionStatus> REPLIED = Set.of(
            SuggestionStatus.REPLIED,
            SuggestionStatus.AWAITING_REHANDLING_DECISION,
            SuggestionStatus.FOLLOW_UP,
            SuggestionStatus.CLOSED);
    private static final Set<SuggestionStatus> IN_HANDLING =
            Set.of(SuggestionStatus.ACCEPTED, SuggestionStatus.IN_HANDLING, SuggestionStatus.REHANDLING);

    public static KeySuggestionFigures of(List<KeySuggestionCount> counts) {
        Map<ResultClass, Long> classes = new EnumMap<>(ResultClass.class);
        for (ResultClass c : ResultClass.values()) {
            classes.put(c, 0L);
        }
        long total = 0;
        long replied = 0;
        long closed = 0;
        long inHandling = 0;
        for (KeySuggestionCount c : counts) {
            total += c.count();
            if (REPLIED.contains(c.status())) {
                replied += c.count();
                if (c.resultClass() != null) {
                    classes.merge(c.resultClass(), c.count(), Long::sum);
                }
            }
            if (c.status() == SuggestionStatus.CLOSED) {
                closed += c.count();
            }
            if (IN_HANDLING.contains(c.status())) {
                inHandling += c.count();
            }
        }
        return new KeySuggestionFigures(total, replied, closed, inHandling, Collections.unmodifiableMap(classes));
    }
}
