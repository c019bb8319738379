package org.minyi.events.status;

import java.time.Instant;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;

/**
 * Something happened to a report that is not a change of status (PRODUCT.md §3): it was re-routed,
 * a unit's deadline passed, the office urged a unit, the office sent it up to an upper-level CPPCC
 * (UPSTREAM_SUBMITTED, 报送), an upper-level CPPCC adopted it, or it waited past its committee's review time limit
 * (REVIEW_OVERDUE). Codes only.
 *
 * <p>A flag carries the report's current {@code sequence} and does not advance it: status consumers
 * can ignore flags, and a status change caused by a flag (ROUTED after REROUTED) carries a higher one.
 *
 * @param unit              for OVERDUE and URGED, the unit concerned
 * @param level             for UPSTREAM_SUBMITTED and UPSTREAM_ADOPTED, CITY, PROVINCE or NATIONAL
 * @param previousCommittee for REROUTED, the committee the report left ({@code committee} is the new one)
 * @param actor             who raised it: the principal's name, or {@code system} for the schedulers' flags
 */
public record ReportFlagged(
        UUID eventId,
        String reportId,
        String trackingNumber,
        Flag flag,
        long sequence,
        Instant occurredAt,
        String township,
        String committee,
        Category category,
        String actorRole,
        String unit,
        String level,
        String previousCommittee,
        String actor) implements ReportEvent {

    public static final EventType<ReportFlagged> TYPE =
            new EventType<>("minyi.status.ReportFlagged.v1", ReportFlagged.class, ReportStatusTopic.NAME);

    public enum Flag {
        REROUTED, OVERDUE, URGED, UPSTREAM_ADOPTED,
        /** undecided past the committee's review time limit (快) */
        REVIEW_OVERDUE,
        /** the office sent the adopted report up to the city, provincial or national CPPCC (报送上级政协) */
        UPSTREAM_SUBMITTED
    }

    /** A flag without a named actor (events from before {@code actor} was added, and tests). */
    public ReportFlagged(UUID eventId, String reportId, String trackingNumber, Flag flag, long sequence,
                         Instant occurredAt, String township, String committee, Category category, String actorRole,
                         String unit, String level, String previousCommittee) {
        this(eventId, reportId, trackingNumber, flag, sequence, occurredAt, township, committee, category, actorRole,
                unit, level, previousCommittee, null);
    }
}
