package org.minyi.routing.report.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A report submitted to routing: its first submission ({@code revision} 1) or a revision.
 *
 * @param eventId     the id of the submission event; a submission is routed once
 * @param sequence    the report's causal sequence at submission
 * @param occurredAt  when intake accepted it
 * @param submittedBy the submitting principal
 * @param quality     what intake's checks found, {@code null} when it did not say
 */
public record Submission(UUID eventId, ReportId reportId, String trackingNumber, int revision, long sequence,
                         Instant occurredAt, String submittedBy, ReportContent content, Quality quality) {

    public Submission {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(content, "content");
        if (revision < 1 || sequence < 1) {
            throw new IllegalArgumentException("revision and sequence start at 1: " + revision + ", " + sequence);
        }
    }
}
