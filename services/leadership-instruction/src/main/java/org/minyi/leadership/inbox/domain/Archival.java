package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.Objects;

/** The office filed the report away: no action needed (存档). */
public record Archival(String reason, String archivedBy, Instant archivedAt) {

    public Archival {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(archivedBy, "archivedBy");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }
}
