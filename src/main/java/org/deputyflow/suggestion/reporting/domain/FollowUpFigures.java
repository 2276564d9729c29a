package org.deputyflow.suggestion.reporting.domain;

/**
 * The follow-up reports (跟踪办理情况) departments wrote in a year on their B and C replies.
 * Follow-up is recorded as a department's report with a "delivered" mark only: no plan date is
 * checked and nobody confirms delivery, so these are the departments' own statements.
 *
 * @param reports follow-up reports written in the year
 * @param assignments assignments with at least one of them
 * @param delivered assignments with at least one report that marks the promise delivered (已落实)
 */
public record FollowUpFigures(long reports, long assignments, long delivered) {
}
