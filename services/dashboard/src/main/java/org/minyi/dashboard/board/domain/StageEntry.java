package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.Objects;

/** A report entered {@code status} at {@code at}: one step of its path through the stages. */
public record StageEntry(ReportStatus status, Instant at) {

    public StageEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
