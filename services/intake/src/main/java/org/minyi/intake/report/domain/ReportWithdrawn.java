package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** The author withdrew the report before a decision, saying why or not ({@code reason} may be {@code null}). */
public record ReportWithdrawn(UUID eventId, ReportId reportId, TrackingNumber trackingNumber, String township,
                              String committee, Category category, ReportStatus previousStatus, Actor withdrawnBy,
                              String reason, long sequence, Instant occurredAt) implements ReportEvent {
}
