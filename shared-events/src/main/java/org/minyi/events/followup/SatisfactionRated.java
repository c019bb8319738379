package org.minyi.events.followup;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/** The authors rated how their report was handled. */
public record SatisfactionRated(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        Rating rating,
        String ratedBy) implements ReportEvent {

    public static final EventType<SatisfactionRated> TYPE =
            new EventType<>("minyi.followup.SatisfactionRated.v1", SatisfactionRated.class, FollowUpTopics.HANDLING_EVENTS);

    public enum Rating {
        SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
    }
}
