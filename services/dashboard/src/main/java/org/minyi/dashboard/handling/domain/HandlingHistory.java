package org.minyi.dashboard.handling.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything the dashboard learned of one report's handling, each fact once and in whatever order it
 * arrived; {@link UnitRecordPolicy} reads the units' tasks out of it.
 */
public record HandlingHistory(String reportId, String trackingNumber, List<Assignment> assignments,
                              List<HandledReport> handled, List<Rating> ratings, List<Reopening> reopenings,
                              List<UnitFlag> flags) {

    public HandlingHistory {
        Objects.requireNonNull(reportId, "reportId");
        assignments = List.copyOf(assignments);
        handled = List.copyOf(handled);
        ratings = List.copyOf(ratings);
        reopenings = List.copyOf(reopenings);
        flags = List.copyOf(flags);
    }
}
