package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An instruction or forward gave units their tasks; the report is (again) in handling. */
public record TasksAssigned(UUID eventId, ReportId reportId, Assignment.Kind kind, HandlingStatus previousStatus,
                            List<Task> tasks, long sequence, Instant occurredAt) implements HandlingEvent {
}
