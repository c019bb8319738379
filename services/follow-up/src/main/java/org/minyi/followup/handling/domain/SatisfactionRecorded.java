package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The handling was rated. Not a status change: its {@code sequence} follows the report's current one
 * without advancing it.
 */
public record SatisfactionRecorded(UUID eventId, ReportId reportId, Satisfaction satisfaction, long sequence,
                                   Instant occurredAt) implements HandlingEvent {
}
