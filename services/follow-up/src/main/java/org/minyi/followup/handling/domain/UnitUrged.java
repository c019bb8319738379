package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The office urged a unit about its open tasks on the report (催办); it carries the current sequence. */
public record UnitUrged(UUID eventId, ReportId reportId, String unit, List<TaskId> tasks, Actor by, String comment,
                        long sequence, Instant occurredAt) implements HandlingEvent {
}
