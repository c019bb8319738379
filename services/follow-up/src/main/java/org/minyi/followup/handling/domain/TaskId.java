package org.minyi.followup.handling.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A handling task's id, a UUID. */
public record TaskId(String value) {

    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    /** The task that one assignment gives one unit: stable, so a replayed assignment names the same task. */
    static TaskId of(UUID assignmentEventId, String unit) {
        return new TaskId(UUID.nameUUIDFromBytes((assignmentEventId + "/" + unit).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
