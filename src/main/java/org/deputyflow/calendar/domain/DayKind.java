package org.deputyflow.calendar.domain;

/** How a dated exception departs from the rule "Saturday and Sunday are days off". */
public enum DayKind {
    /** 节假日: a Monday-to-Friday date on which nobody works. */
    HOLIDAY,
    /** 调休上班日: a Saturday or Sunday that is an official working day. */
    MAKEUP_WORKDAY
}
