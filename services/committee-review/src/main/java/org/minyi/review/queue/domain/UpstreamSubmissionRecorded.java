package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The office recorded that it sent the report up to a higher CPPCC. Not a status change: it carries the
 * report's current sequence and does not advance it.
 */
public record UpstreamSubmissionRecorded(UUID eventId, ReportId reportId, UpstreamSubmission submission, Actor actor,
                                         long sequence, Instant occurredAt) implements ReviewEvent {
}
