package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/** A task stayed overdue long enough to go on the office's overdue list; it carries the current sequence. */
public record TaskEscalated(UUID eventId, ReportId reportId, TaskId taskId, String unit, long sequence,
                            Instant occurredAt) implements HandlingEvent {
}
