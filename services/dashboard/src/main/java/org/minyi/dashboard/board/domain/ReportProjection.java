package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the board knows of one report: its latest status and when it entered each stage.
 *
 * <p>The rule, which {@link ReportProjections#project} applies atomically in the store: a change
 * counts only when its sequence is higher than the one held, so a repeated or late (stale) change
 * alters nothing; a newer change sets every value it carries, and a value it lacks (a committee not
 * yet known to the sender) stays as it was, and every applied change adds a step to the path.
 *
 * <p>An OVERDUE flag counts while no status change came after it: it is kept when its sequence is
 * not lower than the projection's (the flag carries the report's current sequence), once per event,
 * and the next applied change clears every flag.
 *
 * <p>A REVIEW_OVERDUE flag (the committee's review time limit passed) counts for the stint in the
 * committee's queue it was raised in: it is kept when its sequence is not lower than the projection's and
 * the report is with a committee undecided (ROUTED, UNDER_REVIEW), the first one of a stint stays, a claim
 * (UNDER_REVIEW) keeps it, and any other applied change — a decision, a return, a re-routing (ROUTED
 * again), a withdrawal — ends it.
 *
 * <p>The projection keeps the trace of the change that set its current status (a flag leaves it).
 *
 * @param firstSeenAt when the first change the board applied for this report happened
 * @param updatedAt   when the change that set the current status happened
 * @param stages      when the report last entered each status it has been in
 * @param path        every applied change in order, for the time spent in each stage
 * @param overdue     the units whose deadline passed since the current status was entered
 * @param reviewOverdue the committee's review time limit that passed in the current stint; {@code null}
 *                    when none did
 * @param traceId     the trace of the change that set the current status ({@code null} when it carried
 *                    none), so that one trace can be followed from the submission to this projection
 */
public record ReportProjection(String reportId, String trackingNumber, ReportStatus status,
                               ReportStatus previousStatus, long sequence, String township, String committee,
                               String category, Instant firstSeenAt, Instant updatedAt,
                               Map<ReportStatus, Instant> stages, List<StageEntry> path, List<OverdueFlag> overdue,
                               ReviewOverdueFlag reviewOverdue, String traceId) {

    public ReportProjection {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        EnumMap<ReportStatus, Instant> copy = new EnumMap<>(ReportStatus.class);
        copy.putAll(stages);
        stages = Collections.unmodifiableMap(copy);
        path = path == null ? List.of() : List.copyOf(path);
        overdue = overdue == null ? List.of() : List.copyOf(overdue);
    }

    /** The projection a report gets from the first change the board applies for it. */
    public static ReportProjection first(StatusChange change) {
        return new ReportProjection(change.reportId(), change.trackingNumber(), change.status(),
                change.previousStatus(), change.sequence(), change.township(), change.committee(), change.category(),
                change.occurredAt(), change.occurredAt(), Map.of(change.status(), change.occurredAt()),
                List.of(new StageEntry(change.status(), change.occurredAt())), List.of(), null, change.traceId());
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
        List<StageEntry> steps = new ArrayList<>(path);
        steps.add(new StageEntry(change.status(), change.occurredAt()));
        return new ReportProjection(reportId, known(change.trackingNumber(), trackingNumber), change.status(),
                change.previousStatus(), change.sequence(), known(change.township(), township),
                known(change.committee(), committee), known(change.category(), category), firstSeenAt,
                change.occurredAt(), entered, steps, List.of(),
                change.status() == ReportStatus.UNDER_REVIEW ? reviewOverdue : null, change.traceId());
    }

    /** This projection with {@code flag}: itself when a later change has come or the flag is a repeat. */
    public ReportProjection flag(OverdueFlag flag) {
        if (!flag.reportId().equals(reportId)) {
            throw new IllegalArgumentException("flag of report " + flag.reportId() + " applied to " + reportId);
        }
        if (flag.sequence() < sequence || overdue.stream().anyMatch(f -> f.eventId().equals(flag.eventId()))) {
            return this;
        }
        List<OverdueFlag> flags = new ArrayList<>(overdue);
        flags.add(flag);
        return new ReportProjection(reportId, trackingNumber, status, previousStatus, sequence, township, committee,
                category, firstSeenAt, updatedAt, stages, path, flags, reviewOverdue, traceId);
    }

    /**
     * This projection with {@code flag}: itself when a later change has come, the report is not with a
     * committee undecided, or its stint was flagged already.
     */
    public ReportProjection flag(ReviewOverdueFlag flag) {
        if (!flag.reportId().equals(reportId)) {
            throw new IllegalArgumentException("flag of report " + flag.reportId() + " applied to " + reportId);
        }
        if (flag.sequence() < sequence || !status.isUndecidedWithACommittee() || reviewOverdue != null) {
            return this;
        }
        return new ReportProjection(reportId, trackingNumber, status, previousStatus, sequence, township, committee,
                category, firstSeenAt, updatedAt, stages, path, overdue, flag, traceId);
    }

    /** When the committee's review time limit was found passed; {@code null} when it has not passed. */
    public Instant reviewOverdueSince() {
        return reviewOverdue == null ? null : reviewOverdue.flaggedAt();
    }

    /** When the earliest flag that still counts was raised; {@code null} when the report is not overdue. */
    public Instant overdueSince() {
        return overdue.stream().map(OverdueFlag::flaggedAt).min(Instant::compareTo).orElse(null);
    }

    private static String known(String offered, String held) {
        return offered != null ? offered : held;
    }
}
