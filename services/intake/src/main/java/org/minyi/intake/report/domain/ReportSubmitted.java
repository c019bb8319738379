package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/** Submitted for the first time ({@code revision} 1) or again after a revision, with what its checks found. */
public record ReportSubmitted(UUID eventId, ReportId reportId, TrackingNumber trackingNumber, int revision,
                              ReportContent content, Actor submittedBy, ReportStatus previousStatus,
                              long sequence, Instant occurredAt, Quality quality) implements ReportEvent {
}
