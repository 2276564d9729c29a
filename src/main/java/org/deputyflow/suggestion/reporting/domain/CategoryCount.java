package org.deputyflow.suggestion.reporting.domain;

/** The suggestions of one category (类别). */
public record CategoryCount(String category, long count) {}
