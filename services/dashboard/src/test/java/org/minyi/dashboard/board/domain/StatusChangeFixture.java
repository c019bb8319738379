package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.UUID;

/** Status changes for tests, as routing and review would announce them. */
public final class StatusChangeFixture {

    public static final Instant START = Instant.parse("2026-03-15T08:30:00Z");
    public static final String REPORT = "0f5b2f4e-6a61-4c1c-9a3e-2d6f0c1b7e21";

    private StatusChangeFixture() {
    }

    public static StatusChange submitted() {
        return change(ReportStatus.SUBMITTED, null, 1, null);
    }

    public static StatusChange routedTo(String committee) {
        return change(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, committee);
    }

    public static StatusChange change(ReportStatus status, ReportStatus previous, long sequence, String committee) {
        return new StatusChange(UUID.randomUUID(), REPORT, "SQ-2026-000123", status, previous, sequence,
                START.plusSeconds(60 * sequence), "chengguan", committee, "DAILY_LIFE", "SYSTEM");
    }

    /** {@code change} as it arrives in the trace {@code traceId}. */
    public static StatusChange traced(StatusChange change, String traceId) {
        return new StatusChange(change.eventId(), change.reportId(), change.trackingNumber(), change.status(),
                change.previousStatus(), change.sequence(), change.occurredAt(), change.township(), change.committee(),
                change.category(), change.actorRole(), change.actor(), traceId);
    }

    /** Another event with the content of {@code change}: a new id, e.g. a late duplicate from a retry. */
    public static StatusChange reissued(StatusChange change) {
        return new StatusChange(UUID.randomUUID(), change.reportId(), change.trackingNumber(), change.status(),
                change.previousStatus(), change.sequence(), change.occurredAt(), change.township(), change.committee(),
                change.category(), change.actorRole());
    }
}
