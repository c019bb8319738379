package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task as a work list or the office's overdue list shows it, with the report it belongs to.
 *
 * @param overdueAt   when it was found overdue in its current round, {@code null} while in time
 * @param escalatedAt when it went on the office's overdue list, or {@code null}
 */
public record TaskSummary(TaskId id, ReportId reportId, String trackingNumber, String title, String unit,
                          UnitRole role, LocalDate deadline, TaskStatus status, Instant overdueAt,
                          Instant escalatedAt, int urgedTimes) {
}
