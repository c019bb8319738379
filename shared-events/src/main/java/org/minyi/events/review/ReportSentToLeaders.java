package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.SubmittedReport;

/**
 * An adopted report was sent to the Party and government leaders; it lands in the leader inbox.
 *
 * @param publication the 《社情民意》 or 《专报》 issue that carried it, {@code null} if sent on its own
 * @param leaders     the codes of the leaders it was sent to (reference data {@code leaders}); the office
 *                    names them, or every leader when it names none. Absent in events written before it was
 *                    added: such a report was sent to every leader
 * @param sentBy      the principal who sent it
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
        SubmittedReport report,
        List<String> leaders,
        String sentBy) implements ReportEvent {

    public static final EventType<ReportSentToLeaders> TYPE =
            new EventType<>("minyi.review.ReportSentToLeaders.v1", ReportSentToLeaders.class, ReviewTopics.REVIEW_EVENTS);

    /** A sending that names neither leaders nor sender (events from before they were added, and tests). */
    public ReportSentToLeaders(UUID eventId, String reportId, long sequence, Instant occurredAt, String trackingNumber,
                               String committee, Grade grade, String publication, Instant submittedAt,
                               SubmittedReport report) {
        this(eventId, reportId, sequence, occurredAt, trackingNumber, committee, grade, publication, submittedAt,
                report, null, null);
    }
}
