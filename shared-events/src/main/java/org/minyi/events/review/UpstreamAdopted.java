package org.minyi.events.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/**
 * The city, provincial or national CPPCC adopted a report — possibly months later, possibly more than
 * once. A ledger entry for the points table.
 *
 * @param mode SINGLE (单独采用) or FORWARDED (转送采用)
 */
public record UpstreamAdopted(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        Level level,
        Mode mode,
        LocalDate adoptedOn,
        String committee,
        Category category,
        String township,
        String sector,
        List<String> authors,
        String recordedBy) implements ReportEvent {

    public static final EventType<UpstreamAdopted> TYPE =
            new EventType<>("minyi.review.UpstreamAdopted.v1", UpstreamAdopted.class, ReviewTopics.REVIEW_EVENTS);

    public enum Level {
        CITY, PROVINCE, NATIONAL
    }

    public enum Mode {
        SINGLE, FORWARDED
    }
}
