package org.deputyflow.suggestion.reporting.domain;

import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/** How many suggestions of a year stand in one status, by period and category, as the GROUP BY returns them. */
public record SuggestionCount(SuggestionStatus status, Period period, String category, long count) {}
