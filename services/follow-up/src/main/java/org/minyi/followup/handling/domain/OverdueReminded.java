package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/** An overdue unit is reminded again (催办提醒); it carries the current sequence. */
public record OverdueReminded(UUID eventId, ReportId reportId, TaskId taskId, String unit, long sequence,
                              Instant occurredAt) implements HandlingEvent {
}
