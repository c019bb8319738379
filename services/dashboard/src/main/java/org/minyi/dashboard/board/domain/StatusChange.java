package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A report moved to {@code status}, as some service announced it. Codes only: the dashboard never
 * holds report text.
 *
 * @param previousStatus {@code null} for a report's first submission
 * @param committee      {@code null} until routing has assigned one
 * @param sequence       the report's causal sequence; a higher one is newer
 * @param actor          who caused it: the principal's name ({@code office}, {@code reviewer-economy}…) or
 *                       {@code system}; {@code null} for events from before producers named it
 * @param traceId        the trace the change travelled in (32 hex digits, W3C), {@code null} when unknown
 */
public record StatusChange(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                           ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                           String committee, String category, String actorRole, String actor, String traceId) {

    /** A change whose actor and trace are not known. */
    public StatusChange(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                        ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                        String committee, String category, String actorRole) {
        this(eventId, reportId, trackingNumber, status, previousStatus, sequence, occurredAt, township, committee,
                category, actorRole, null, null);
    }

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (reportId.isBlank()) {
            throw new IllegalArgumentException("reportId is blank");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }
}
