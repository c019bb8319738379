package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A status change some service announced for a report (from {@code report-status}).
 *
 * @param actor      the principal who caused it, {@code null} when the announcement names none
 * @param mergedInto for MERGED, the composite report this one became part of
 */
public record StatusObservation(UUID eventId, ReportStatus status, ReportStatus previousStatus, long sequence,
                                Instant at, Role actorRole, String actor, String committee, String mergedInto) {
}
