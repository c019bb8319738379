package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.UUID;

/** A status change some service announced for a report (from {@code report-status}). */
public record StatusObservation(UUID eventId, ReportStatus status, long sequence, Instant at) {
}
