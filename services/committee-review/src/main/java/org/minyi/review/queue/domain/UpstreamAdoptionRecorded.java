package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The office recorded an upstream adoption. Not a status change: it carries the report's current sequence
 * and does not advance it.
 */
public record UpstreamAdoptionRecorded(UUID eventId, ReportId reportId, UpstreamAdoption adoption, Actor actor,
                                       long sequence, Instant occurredAt) implements ReviewEvent {
}
