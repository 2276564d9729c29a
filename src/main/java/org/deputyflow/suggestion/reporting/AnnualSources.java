package org.deputyflow.suggestion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.reporting.domain.KeySuggestionCount;
import org.deputyflow.suggestion.reporting.domain.MotionFigures;
import org.deputyflow.suggestion.reporting.domain.VoteCount;
import org.deputyflow.suggestion.reporting.domain.VoteLine;

/**
 * What the annual report needs from the modules that build on suggestions: key suggestions,
 * motions and satisfaction votes. Each of them implements its port, so that the suggestion module
 * asks and never reaches into them (they depend on it, not the other way round).
 */
public final class AnnualSources {

    private AnnualSources() {}

    /** The key suggestions among the suggestions submitted from {@code from} until {@code until} (exclusive). */
    public interface KeySuggestions {
        List<KeySuggestionCount> keySuggestionCounts(Instant from, Instant until);
    }

    /** The motions submitted between the two dates (both included), as the motion statistics count them. */
    public interface Motions {
        MotionFigures motionFigures(LocalDate from, LocalDate to);
    }

    /** The satisfaction votes whose meeting fell between the two dates (both included). */
    public interface Votes {
        List<VoteCount> voteCounts(LocalDate from, LocalDate to);

        /** The closed votes, by meeting date. */
        List<VoteLine> closedVotes(LocalDate from, LocalDate to);
    }
}
