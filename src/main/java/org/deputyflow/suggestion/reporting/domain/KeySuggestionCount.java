package org.deputyflow.suggestion.reporting.domain;

import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * How many key suggestions stand in one status with one class of the lead department's latest
 * signed-off reply (null before the reply), as the GROUP BY returns them.
 */
public record KeySuggestionCount(SuggestionStatus status, ResultClass resultClass, long count) {}
