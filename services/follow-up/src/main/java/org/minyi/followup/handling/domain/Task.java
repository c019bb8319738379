package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit's part in handling a report.
 *
 * @param deadline        {@code null} when the assignment set none (such a task is never overdue)
 * @param assignedBy      the instruction or forward that assigned it
 * @param feedback        {@code null} until the unit fed back in the current round
 * @param round           1 for the first round; each reopening after an UNSATISFIED rating starts the next
 * @param chasing         overdue, reminders, escalation and urgings of the current round
 * @param earlierFeedback what the unit fed back in earlier rounds, oldest first
 */
public record Task(TaskId id, String unit, UnitRole role, LocalDate deadline, TaskStatus status, String assignedBy,
                   Instant assignedAt, List<ProgressNote> progress, Feedback feedback, int round, Chasing chasing,
                   List<Feedback> earlierFeedback) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignedAt, "assignedAt");
        progress = progress == null ? List.of() : List.copyOf(progress);
        round = Math.max(1, round);
        chasing = chasing == null ? Chasing.none() : chasing;
        earlierFeedback = earlierFeedback == null ? List.of() : List.copyOf(earlierFeedback);
    }

    static Task assigned(TaskId id, Assignment.UnitAssignment unit, String assignedBy, Instant at) {
        return new Task(id, unit.unit(), unit.role(), unit.deadline(), TaskStatus.OPEN, assignedBy, at, List.of(),
                null, 1, Chasing.none(), List.of());
    }

    Task withNote(ProgressNote note) {
        List<ProgressNote> notes = new ArrayList<>(progress);
        notes.add(note);
        return new Task(id, unit, role, deadline, status, assignedBy, assignedAt, notes, feedback, round, chasing,
                earlierFeedback);
    }

    Task fedBack(Feedback given) {
        return new Task(id, unit, role, deadline, TaskStatus.FED_BACK, assignedBy, assignedAt, progress, given, round,
                chasing, earlierFeedback);
    }

    Task chased(Chasing changed) {
        return new Task(id, unit, role, deadline, status, assignedBy, assignedAt, progress, feedback, round, changed,
                earlierFeedback);
    }

    /** The next round: open again with a new deadline, the feedback kept among the earlier ones. */
    Task reopened(LocalDate newDeadline) {
        List<Feedback> earlier = new ArrayList<>(earlierFeedback);
        if (feedback != null) {
            earlier.add(feedback);
        }
        return new Task(id, unit, role, newDeadline, TaskStatus.OPEN, assignedBy, assignedAt, progress, null,
                round + 1, Chasing.none(), earlier);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    /** Open and past its deadline, as the scheduler found. */
    public boolean isOverdue() {
        return isOpen() && chasing.isOverdue();
    }
}
