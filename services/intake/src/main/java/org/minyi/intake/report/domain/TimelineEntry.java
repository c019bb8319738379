package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** One step of a report's life as its submitter sees it. */
public record TimelineEntry(UUID eventId, ReportStatus status, ReportStatus previousStatus, long sequence,
                            Instant at, Role actorRole) {
}
