package org.deputyflow.suggestion.reporting.domain;

import org.deputyflow.suggestion.domain.Rating;

/** How many votes of a year are closed or not, with which outcome (null while open), as the GROUP BY returns them. */
public record VoteCount(boolean closed, Rating outcome, long count) {}
