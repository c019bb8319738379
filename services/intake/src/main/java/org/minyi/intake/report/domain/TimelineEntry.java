package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a report's life as its submitter sees it.
 *
 * @param actor  the principal who took the step ({@code system} for automatic steps); {@code null} when the
 *               announcement named none (announced before actors were named)
 * @param reason why, where the step itself carries it (a withdrawal's reason); a committee's reasons and
 *               comments are kept with its decisions
 */
public record TimelineEntry(UUID eventId, ReportStatus status, ReportStatus previousStatus, long sequence,
                            Instant at, Role actorRole, String actor, String reason) {
}
