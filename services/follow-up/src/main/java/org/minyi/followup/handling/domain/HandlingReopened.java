package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The authors were unsatisfied: the report is back IN_HANDLING and every unit works on it again with a
 * new deadline. A status change, caused by the rating, so its sequence follows the rating's.
 *
 * @param reopening 1 for the first reopening, 2 for the second…
 */
public record HandlingReopened(UUID eventId, ReportId reportId, Actor by, List<Task> tasks, int reopening,
                               long sequence, Instant occurredAt) implements HandlingEvent {
}
