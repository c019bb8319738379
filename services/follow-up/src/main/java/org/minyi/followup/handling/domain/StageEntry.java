package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.Objects;

/** When the report entered a stage. */
public record StageEntry(Stage stage, Instant enteredAt) {

    public StageEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}
