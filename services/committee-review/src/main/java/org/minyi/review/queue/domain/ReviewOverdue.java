package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The report waited undecided in {@code committee}'s queue past the committee's review time limit (快): it was
 * due on {@code due}. Not a status change: it carries the report's current sequence and does not advance it.
 * Raised by the service itself, so the actor is {@link Actor#system()}.
 */
public record ReviewOverdue(UUID eventId, ReportId reportId, String committee, LocalDate due, Actor actor,
                            long sequence, Instant occurredAt) implements ReviewEvent {
}
