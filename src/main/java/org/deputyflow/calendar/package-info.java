/**
 * The working-day calendar: which dates are public holidays or make-up working days, and
 * {@link org.deputyflow.calendar.CalendarService}, the one place where DeputyFlow adds working
 * days or months to a date, counts working days, and turns instants into dates of the configured zone.
 */
package org.deputyflow.calendar;
