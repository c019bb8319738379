package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Some principals are to be told about the report: its authors and station of its status, or the people
 * who are to act of new work. Carries the report's sequence; its id is derived from what caused it, so a
 * repeat has the same id.
 *
 * @param status the report's status it tells of; {@code null} when not known (a REVIEW_OVERDUE flag about a
 *               report whose status follow-up has not heard of)
 */
public record StatusNoticed(UUID eventId, String reportId, String trackingNumber, List<String> recipients,
                            NoticeKind kind, ReportStatus status, long sequence, Instant occurredAt) {

    public StatusNoticed {
        recipients = List.copyOf(recipients);
    }
}
