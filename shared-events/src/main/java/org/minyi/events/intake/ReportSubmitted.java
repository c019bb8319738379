package org.minyi.events.intake;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/**
 * A report was submitted — first ({@code revision} 1) or again after it was returned for revision.
 *
 * @param submittedBy the principal that submitted it (e.g. {@code station-chengguan})
 * @param quality     what intake's quality checks found, for reviewers; absent when not checked
 */
public record ReportSubmitted(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        int revision,
        String submittedBy,
        SubmittedReport report,
        Quality quality) implements ReportEvent {

    public static final EventType<ReportSubmitted> TYPE =
            new EventType<>("minyi.intake.ReportSubmitted.v1", ReportSubmitted.class, IntakeTopics.REPORT_EVENTS);

    /** A submission without quality findings. */
    public ReportSubmitted(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                           int revision, String submittedBy, SubmittedReport report) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, revision, submittedBy, report, null);
    }
}
