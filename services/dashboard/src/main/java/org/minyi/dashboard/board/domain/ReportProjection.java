package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the board knows of one report: its latest status and when it entered each stage.
 *
 * <p>The rule, which {@link ReportProjections#project} applies atomically in the store: a change
 * counts only when its sequence is higher than the one held, so a repeated or late (stale) change
 * alters nothing; a newer change sets every value it carries, and a value it lacks (a committee not
 * yet known to the sender) stays as it was.
 *
 * @param firstSeenAt when the first change the board applied for this report happened
 * @param updatedAt   when the change that set the current status happened
 * @param stages      when the report last entered each status it has been in
 */
public record ReportProjection(String reportId, String trackingNumber, ReportStatus status,
                               ReportStatus previousStatus, long sequence, String township, String committee,
                               String category, Instant firstSeenAt, Instant updatedAt,
                               Map<ReportStatus, Instant> stages) {

    public ReportProjection {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        EnumMap<ReportStatus, Instant> copy = new EnumMap<>(ReportStatus.class);
        copy.putAll(stages);
        stages = Collections.unmodifiableMap(copy);
    }

    /** The projection a report gets from the first change the board applies for it. */
    public static ReportProjection first(StatusChange change) {
        return new ReportProjection(change.reportId(), change.trackingNumber(), change.status(),
                change.previousStatus(), change.sequence(), change.township(), change.committee(), change.category(),
                change.occurredAt(), change.occurredAt(), Map.of(change.status(), change.occurredAt()));
    }

    /** Whether {@code change} is newer than what this projection holds. */
    public boolean isOlderThan(StatusChange change) {
        return change.sequence() > sequence;
    }

    /** This projection after {@code change}: itself when the change is stale or a repeat. */
    public ReportProjection apply(StatusChange change) {
        if (!change.reportId().equals(reportId)) {
            throw new IllegalArgumentException("change of report " + change.reportId() + " applied to " + reportId);
        }
        if (!isOlderThan(change)) {
            return this;
        }
        EnumMap<ReportStatus, Instant> entered = new EnumMap<>(ReportStatus.class);
        entered.putAll(stages);
        entered.put(change.status(), change.occurredAt());
        return new ReportProjection(reportId, known(change.trackingNumber(), trackingNumber), change.status(),
                change.previousStatus(), change.sequence(), known(change.township(), township),
                known(change.committee(), committee), known(change.category(), category), firstSeenAt,
                change.occurredAt(), entered);
    }

    private static String known(String offered, String held) {
        return offered != null ? offered : held;
    }
}
