/**
 * Meetings (主任会议, 常委会会议, 代表大会) as records: staff keep them, and the council's decisions on
 * key suggestions and motions refer to the meeting that took them. Other modules check a meeting
 * through {@link org.deputyflow.meeting.Meetings} and report what was decided at it through
 * {@link org.deputyflow.meeting.MeetingDecisionSource}.
 */
package org.deputyflow.meeting;
