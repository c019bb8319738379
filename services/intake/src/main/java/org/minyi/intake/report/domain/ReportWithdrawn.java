package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** The author withdrew the report before a decision. */
public record ReportWithdrawn(UUID eventId, ReportId reportId, TrackingNumber trackingNumber, String township,
                              String committee, Category category, ReportStatus previousStatus, Actor withdrawnBy,
                              long sequence, Instant occurredAt) implements ReportEvent {
}
