package org.minyi.events.review;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.SubmittedReport;

/**
 * An adopted report was sent to the Party and government leaders; it lands in the leader inbox.
 *
 * @param publication the 《社情民意》 or 《专报》 issue that carried it, {@code null} if sent on its own
 */
public record ReportSentToLeaders(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        String committee,
        Grade grade,
        String publication,
        Instant submittedAt,
        SubmittedReport report) implements ReportEvent {

    public static final EventType<ReportSentToLeaders> TYPE =
            new EventType<>("minyi.review.ReportSentToLeaders.v1", ReportSentToLeaders.class, ReviewTopics.REVIEW_EVENTS);
}
