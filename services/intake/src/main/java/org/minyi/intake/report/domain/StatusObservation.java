package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** A status change some service announced for a report (from {@code report-status}). */
public record StatusObservation(UUID eventId, ReportStatus status, ReportStatus previousStatus, long sequence,
                                Instant at, Role actorRole, String committee) {
}
