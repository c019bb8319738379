package org.minyi.events.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.ReportContext;

/**
 * The office transferred an adopted or published report straight to the departments concerned (转送),
 * without the leaders: a matter that need not go to them. The report is FORWARDED; follow-up gives each
 * unit its task as for an instruction.
 *
 * @param note the office's transfer note (转送意见) the units act on
 */
public record ReportTransferred(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String transferId,
        String note,
        List<AssignedUnit> units,
        ReportContext report,
        String transferredBy) implements ReportEvent {

    public static final EventType<ReportTransferred> TYPE =
            new EventType<>("minyi.review.ReportTransferred.v1", ReportTransferred.class, ReviewTopics.REVIEW_EVENTS);
}
