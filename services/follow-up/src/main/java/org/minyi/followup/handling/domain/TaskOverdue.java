package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task passed its deadline without feedback. A flag, not a status change: it carries the current sequence. */
public record TaskOverdue(UUID eventId, ReportId reportId, TaskId taskId, String unit, LocalDate deadline,
                          long sequence, Instant occurredAt) implements HandlingEvent {
}
