package org.minyi.dashboard.board.messaging;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.board.application.ProjectingStatusChange;
import org.minyi.dashboard.board.domain.OverdueFlag;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.ReviewOverdueFlag;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;

/**
 * Follows {@code report-status} (binding {@code reportStatus}): translates each status change, each
 * OVERDUE flag and each REVIEW_OVERDUE flag and hands it to the board; other flags and unknown types are
 * skipped. A status change
 * takes the trace it travelled in, from the record's W3C {@code traceparent} header — the trace the
 * consumer's own span continues — so that a replay gives every projection the same trace id again (a
 * record without one gives none).
 */
public final class ReportStatusListener implements Consumer<InboundEvent> {

    static final String TRACEPARENT = "traceparent";
    /** version-traceid-parentid-flags (W3C Trace Context); later versions may append fields. */
    private static final Pattern W3C = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?");
    private static final String NO_TRACE = "0".repeat(32);

    private final ProjectingStatusChange projecting;
    private final Counter projected;
    private final Counter stale;
    private final Counter repeated;
    private final Counter flagged;
    private final Counter flagIgnored;
    private final Counter reviewFlagged;
    private final Counter reviewFlagIgnored;

    public ReportStatusListener(ProjectingStatusChange projecting, MeterRegistry meters) {
        this.projecting = projecting;
        this.projected = outcome(meters, "projected");
        this.stale = outcome(meters, "stale");
        this.repeated = outcome(meters, "repeated");
        this.flagged = flags(meters, "flagged");
        this.flagIgnored = flags(meters, "ignored");
        this.reviewFlagged = reviewFlags(meters, "flagged");
        this.reviewFlagIgnored = reviewFlags(meters, "ignored");
    }

    @Override
    public void accept(InboundEvent event) {
        if (event.is(ReportStatusChanged.TYPE)) {
            on(event.read(ReportStatusChanged.TYPE), traceIdOf(event.text(TRACEPARENT).orElse(null)));
        } else if (event.is(ReportFlagged.TYPE)) {
            on(event.read(ReportFlagged.TYPE));
        }
    }

    void on(ReportFlagged e) {
        if (e.flag() == ReportFlagged.Flag.REVIEW_OVERDUE) {
            onReviewOverdue(e);
            return;
        }
        if (e.flag() != ReportFlagged.Flag.OVERDUE) {
            return;
        }
        OverdueFlag flag;
        try {
            flag = new OverdueFlag(e.eventId(), e.reportId(), e.unit(), e.sequence(), e.occurredAt());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new UnusableStatusEvent(e.eventId() + ": " + invalid.getMessage());
        }
        (projecting.flag(flag) ? flagged : flagIgnored).increment();
    }

    /** A REVIEW_OVERDUE flag names the committee whose limit passed; one without it is unusable. */
    private void onReviewOverdue(ReportFlagged e) {
        ReviewOverdueFlag flag;
        try {
            flag = new ReviewOverdueFlag(e.eventId(), e.reportId(), e.committee(), e.sequence(), e.occurredAt());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new UnusableStatusEvent(e.eventId() + ": " + invalid.getMessage());
        }
        (projecting.flag(flag) ? reviewFlagged : reviewFlagIgnored).increment();
    }

    void on(ReportStatusChanged e, String traceId) {
        ProjectingStatusChange.Outcome outcome = projecting.project(translate(e, traceId));
        if (outcome.projected()) {
            projected.increment();
        } else if (outcome.stale()) {
            stale.increment();
        } else {
            repeated.increment();
        }
    }

    static StatusChange translate(ReportStatusChanged e, String traceId) {
        try {
            return new StatusChange(e.eventId(), e.reportId(), e.trackingNumber(), status(e.status()),
                    status(e.previousStatus()), e.sequence(), e.occurredAt(), e.township(), e.committee(),
                    e.category() == null ? null : e.category().name(), e.actorRole(), e.actor(), traceId);
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new UnusableStatusEvent(e.eventId() + ": " + invalid.getMessage());
        }
    }

    private static ReportStatus status(org.minyi.events.status.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("minyi.dashboard.status.events").tag("outcome", outcome)
                .description("report-status events taken in, by what they did to the board").register(meters);
    }

    private static Counter flags(MeterRegistry meters, String outcome) {
        return Counter.builder("minyi.dashboard.overdue.flags").tag("outcome", outcome)
                .description("OVERDUE flags taken in: kept, or ignored as repeated, overtaken or of an unknown report")
                .register(meters);
    }

    private static Counter reviewFlags(MeterRegistry meters, String outcome) {
        return Counter.builder("minyi.dashboard.review.overdue.flags").tag("outcome", outcome)
                .description("REVIEW_OVERDUE flags taken in: kept, or ignored as repeated, overtaken, of a stint "
                        + "flagged already or of an unknown report")
                .register(meters);
    }

    /** The trace id of a well-formed {@code traceparent}; {@code null} for none or a malformed one. */
    static String traceIdOf(String traceparent) {
        if (traceparent == null || traceparent.length() > 512) {
            return null;
        }
        Matcher parts = W3C.matcher(traceparent.trim());
        if (!parts.matches() || "ff".equals(parts.group(1)) || ("00".equals(parts.group(1)) && parts.group(3) != null)
                || NO_TRACE.equals(parts.group(2))) {
            return null;
        }
        return parts.group(2);
    }

    /**
     * A readable event that lacks what the board needs (status, a sequence from 1, the committee of a
     * REVIEW_OVERDUE flag); poison, not a fault.
     */
    public static final class UnusableStatusEvent extends RuntimeException {

        UnusableStatusEvent(String message) {
            super(message);
        }
    }
}
