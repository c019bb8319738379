package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The last open task was fed back: the report is handled. {@code tasks} are all of its tasks. */
public record AllUnitsFedBack(UUID eventId, ReportId reportId, List<Task> tasks, Actor lastBy, long sequence,
                              Instant occurredAt) implements HandlingEvent {
}
