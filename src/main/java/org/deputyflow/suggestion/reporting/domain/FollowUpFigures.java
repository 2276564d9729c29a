package org.deputyflow.suggestion.reporting.domain;

/**
 * The follow-up reports (跟踪办理情况) departments wrote in a year on their B and C replies.
 * These count the departments' own statements; the plan dates, the deputies' confirmations and the
 * year-end explanations are counted by the follow-up statistics ({@link FollowUpStatistics}).
 *
 * @param reports follow-up reports written in the year
 * @param assignments assignments with at least one of them
 * @param delivered assignments with at least one report that marks the promise delivered (已落实)
 */
public record FollowUpFigures(long reports, long assignments, long delivered) {}
