package org.deputyflow.suggestion.reporting.domain;

/**
 * The follow-ups (跟踪办理) of one department's B and C replies that started in a period, where they stand now;
 * the totals are the same counts over every department, with department id 0.
 *
 * @param started follow-ups that started in the period
 * @param open not yet ended: reporting, explaining at the year end, or a delivery awaiting confirmation
 * @param overdue open, no delivery reported, and the reply's plan date has passed
 * @param deliveredOnTime the delivery was confirmed and reported no later than the plan date
 * @param deliveredLate the delivery was confirmed and reported after the plan date
 * @param explained staff accepted a year-end explanation of it at least once
 */
public record FollowUpStatistics(
        long departmentId,
        String departmentCode,
        String departmentName,
        long started,
        long open,
        long overdue,
        long deliveredOnTime,
        long deliveredLate,
        long explained) {}
