package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One unit's part in handling a report. A unit has one task per report: a later instruction, forward or
 * transfer that names it again joins its task ({@link #joined}).
 *
 * @param deadline        {@code null} when no assignment set one (such a task is never overdue)
 * @param assignedBy      the instruction, forward or transfer that first assigned it
 * @param feedback        {@code null} until the unit fed back in the current round
 * @param round           1 for the first round; each reopening (an UNSATISFIED rating, or a new assignment
 *                        after the unit fed back) starts the next
 * @param chasing         overdue, reminders, escalation and urgings of the current round
 * @param earlierFeedback what the unit fed back in earlier rounds, oldest first
 * @param basis           what the unit acts on, oldest first: the instructions, or the office's notes
 */
public record Task(TaskId id, String unit, UnitRole role, LocalDate deadline, TaskStatus status, String assignedBy,
                   Instant assignedAt, List<ProgressNote> progress, Feedback feedback, int round, Chasing chasing,
                   List<Feedback> earlierFeedback, List<Basis> basis) {

    /** At most this many bases are kept per task (the oldest give way), so a stored handling stays bounded. */
    static final int MAX_BASES = 50;

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
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    static Task assigned(TaskId id, Assignment.UnitAssignment unit, Basis basis, Instant at) {
        return new Task(id, unit.unit(), unit.role(), unit.deadline(), TaskStatus.OPEN, basis.sourceId(), at,
                List.of(), null, 1, Chasing.none(), List.of(), List.of(basis));
    }

    /**
     * The unit is named again on the same report: the task gains the new basis and becomes the lead if the
     * new role is. While it is open it keeps the earlier of the two deadlines (no deadline counts as the
     * later); once fed back it opens again for a new round with the new deadline, its feedback kept among
     * the earlier ones.
     */
    Task joined(Assignment.UnitAssignment again, Basis added) {
        List<Basis> bases = new ArrayList<>(basis);
        bases.add(added);
        while (bases.size() > MAX_BASES) {
            bases.remove(0);
        }
        UnitRole joinedRole = again.role() == UnitRole.LEAD ? UnitRole.LEAD : role;
        if (isOpen()) {
            return new Task(id, unit, joinedRole, earlier(deadline, again.deadline()), status, assignedBy, assignedAt,
                    progress, feedback, round, chasing, earlierFeedback, bases);
        }
        Task next = reopened(again.deadline());
        return new Task(id, unit, joinedRole, next.deadline, next.status, assignedBy, assignedAt, progress, null,
                next.round, next.chasing, next.earlierFeedback, bases);
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        if (one == null) {
            return other;
        }
        return other == null || !other.isBefore(one) ? one : other;
    }

    Task withNote(ProgressNote note) {
        List<ProgressNote> notes = new ArrayList<>(progress);
        notes.add(note);
        return new Task(id, unit, role, deadline, status, assignedBy, assignedAt, notes, feedback, round, chasing,
                earlierFeedback, basis);
    }

    Task fedBack(Feedback given) {
        return new Task(id, unit, role, deadline, TaskStatus.FED_BACK, assignedBy, assignedAt, progress, given, round,
                chasing, earlierFeedback, basis);
    }

    Task chased(Chasing changed) {
        return new Task(id, unit, role, deadline, status, assignedBy, assignedAt, progress, feedback, round, changed,
                earlierFeedback, basis);
    }

    /** The next round: open again with a new deadline, the feedback kept among the earlier ones. */
    Task reopened(LocalDate newDeadline) {
        List<Feedback> earlier = new ArrayList<>(earlierFeedback);
        if (feedback != null) {
            earlier.add(feedback);
        }
        return new Task(id, unit, role, newDeadline, TaskStatus.OPEN, assignedBy, assignedAt, progress, null,
                round + 1, Chasing.none(), earlier, basis);
    }

    /**
     * The instructions, forwards and transfers this task follows (their ids); for a task stored before
     * bases were kept, the one that assigned it.
     */
    public Set<String> sources() {
        Set<String> sources = new LinkedHashSet<>();
        basis.forEach(b -> sources.add(b.sourceId()));
        if (sources.isEmpty() && assignedBy != null) {
            sources.add(assignedBy);
        }
        return sources;
    }

    /** When the latest basis was announced (the task was last assigned); its assignment time if none is kept. */
    public Instant lastAssignedAt() {
        return basis.isEmpty() ? assignedAt : basis.get(basis.size() - 1).at();
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    /** Open and past its deadline, as the scheduler found. */
    public boolean isOverdue() {
        return isOpen() && chasing.isOverdue();
    }
}
