package org.minyi.followup.handling.domain;

import java.time.LocalDate;

/** A task as a unit's work list shows it, with the report it belongs to. */
public record TaskSummary(TaskId id, ReportId reportId, String trackingNumber, String title, String unit,
                          UnitRole role, LocalDate deadline, TaskStatus status) {
}
