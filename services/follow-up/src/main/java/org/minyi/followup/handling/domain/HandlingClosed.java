package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/** The office closed a handled report. */
public record HandlingClosed(UUID eventId, ReportId reportId, Actor closedBy, long sequence, Instant occurredAt)
        implements HandlingEvent {
}
