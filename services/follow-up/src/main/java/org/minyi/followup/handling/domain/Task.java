package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit's part in handling a report.
 *
 * @param deadline   {@code null} when the assignment set none
 * @param assignedBy the instruction or forward that assigned it
 * @param feedback   {@code null} until the unit fed back
 */
public record Task(TaskId id, String unit, UnitRole role, LocalDate deadline, TaskStatus status, String assignedBy,
                   Instant assignedAt, List<ProgressNote> progress, Feedback feedback) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignedAt, "assignedAt");
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    static Task assigned(TaskId id, Assignment.UnitAssignment unit, String assignedBy, Instant at) {
        return new Task(id, unit.unit(), unit.role(), unit.deadline(), TaskStatus.OPEN, assignedBy, at, List.of(),
                null);
    }

    Task withNote(ProgressNote note) {
        List<ProgressNote> notes = new ArrayList<>(progress);
        notes.add(note);
        return new Task(id, unit, role, deadline, status, assignedBy, assignedAt, notes, feedback);
    }

    Task fedBack(Feedback given) {
        return new Task(id, unit, role, deadline, TaskStatus.FED_BACK, assignedBy, assignedAt, progress, given);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }
}
