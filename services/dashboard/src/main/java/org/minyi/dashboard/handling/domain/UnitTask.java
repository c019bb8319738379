package org.minyi.dashboard.handling.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One unit's task on one report, as {@link UnitRecordPolicy} reads it: however many assignments named the
 * unit and however many times it fed back, one task.
 *
 * @param assignedOn      the county's day of the first assignment; its year is the task's year
 * @param deadline        the earliest deadline the assignments made before its first feedback gave it
 * @param firstFeedbackOn when it first fed back; {@code null} before it has
 * @param onTime          fed back on or before {@code deadline} (or with no deadline to keep)
 * @param result          the result of its latest feedback
 * @param open            it owes a feedback now: none yet, or the report was reopened or the unit named again since
 * @param overdue         OVERDUE flags raised for the unit on this report
 * @param urged           URGED flags raised for the unit on this report
 * @param satisfaction    the report's latest rating made since the task was assigned
 */
public record UnitTask(String reportId, String trackingNumber, String unit, TaskRole role, Instant assignedAt,
                       LocalDate assignedOn, LocalDate deadline, LocalDate firstFeedbackOn, boolean onTime,
                       Result result, boolean open, int overdue, int urged, Satisfaction satisfaction) {

    public boolean fedBack() {
        return firstFeedbackOn != null;
    }

    public int year() {
        return assignedOn.getYear();
    }
}
