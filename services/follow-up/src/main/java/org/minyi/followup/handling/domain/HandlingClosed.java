package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The report is closed: by the office, or automatically when nobody rated it in time.
 *
 * @param stages when the report entered each stage of its life, in order
 */
public record HandlingClosed(UUID eventId, ReportId reportId, Actor closedBy, ClosedBy how, List<StageEntry> stages,
                             long sequence, Instant occurredAt) implements HandlingEvent {
}
