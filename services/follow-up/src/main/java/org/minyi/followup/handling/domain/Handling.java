package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How one report is being handled: the tasks its units were given, their progress and feedback, the
 * authors' rating and the closing. It decides every step and returns the event that announces it; it
 * remembers the last assignments it applied, so a redelivered one changes nothing.
 *
 * <p>Sequence: the handling keeps the highest sequence it has seen for its report; a status change it
 * decides carries that + 1.
 */
public final class Handling {

    /** How many applied assignment event ids are remembered (the oldest are forgotten first). */
    static final int REMEMBERED_EVENTS = 100;
    /** At most this many progress notes per task, so the stored handling stays well inside a document. */
    static final int MAX_NOTES_PER_TASK = 200;

    private final ReportId id;
    private final ReportFacts report;
    private HandlingStatus status;
    private final List<Task> tasks;
    private Satisfaction satisfaction;
    private long sequence;
    private final Deque<UUID> appliedEvents;
    private final Instant openedAt;
    private Instant updatedAt;
    private final long version;

    private Handling(ReportId id, ReportFacts report, HandlingStatus status, List<Task> tasks,
                     Satisfaction satisfaction, long sequence, List<UUID> appliedEvents, Instant openedAt,
                     Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.report = Objects.requireNonNull(report);
        this.status = Objects.requireNonNull(status);
        this.tasks = new ArrayList<>(tasks);
        this.satisfaction = satisfaction;
        this.sequence = sequence;
        this.appliedEvents = new ArrayDeque<>(appliedEvents);
        this.openedAt = openedAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Opens the handling of a report with its first assignment. */
    public static Opening open(Assignment assignment, Instant now) {
        Handling handling = new Handling(assignment.reportId(), assignment.report(), HandlingStatus.IN_HANDLING,
                List.of(), null, assignment.sequence(), List.of(), now, now, 0);
        TasksAssigned assigned = handling.assign(assignment, now).orElseThrow();
        return new Opening(handling, assigned);
    }

    /** Rebuilds a handling from storage; decides nothing. */
    public static Handling restore(ReportId id, ReportFacts report, HandlingStatus status, List<Task> tasks,
                                   Satisfaction satisfaction, long sequence, List<UUID> appliedEvents,
                                   Instant openedAt, Instant updatedAt, long version) {
        return new Handling(id, report, status, tasks, satisfaction, sequence, appliedEvents, openedAt, updatedAt,
                version);
    }

    /**
     * Gives each unit of the assignment its task; the report is in handling (again, if it was handled or
     * closed: a leader's instruction is not refused). A rating of an earlier round is set aside.
     *
     * @return the event, or empty when this assignment was applied before
     */
    public Optional<TasksAssigned> assign(Assignment assignment, Instant now) {
        if (!assignment.reportId().equals(id)) {
            throw new IllegalArgumentException("assignment for report " + assignment.reportId() + " given to " + id);
        }
        if (hasApplied(assignment.eventId())) {
            return Optional.empty();
        }
        remember(assignment.eventId());
        List<Task> added = new ArrayList<>();
        for (Assignment.UnitAssignment unit : assignment.units()) {
            added.add(Task.assigned(TaskId.of(assignment.eventId(), unit.unit()), unit, assignment.sourceId(), now));
        }
        tasks.addAll(added);
        HandlingStatus previous = status;
        if (previous != HandlingStatus.IN_HANDLING) {
            satisfaction = null;
        }
        status = HandlingStatus.IN_HANDLING;
        sequence = Math.max(sequence, assignment.sequence()) + 1;
        updatedAt = now;
        return Optional.of(new TasksAssigned(UUID.randomUUID(), id, assignment.kind(), previous, List.copyOf(added),
                sequence, now));
    }

    /**
     * Takes note of the report's sequence announced elsewhere, so the next status change follows it.
     *
     * @return whether it was newer than what the handling knew
     */
    public boolean observe(long announcedSequence) {
        if (announcedSequence <= sequence) {
            return false;
        }
        sequence = announcedSequence;
        return true;
    }

    /**
     * The unit that owns the task notes its progress.
     *
     * @throws TaskNotFound     when the caller is not the unit that owns it
     * @throws IllegalTransition unless the task is OPEN
     */
    public void noteProgress(TaskId taskId, Actor by, String text, Instant now) {
        int index = ownTask(taskId, by);
        Task task = tasks.get(index);
        if (!task.isOpen()) {
            throw new IllegalTransition("task " + taskId, task.status(), "progress is noted only on an OPEN task");
        }
        if (task.progress().size() >= MAX_NOTES_PER_TASK) {
            throw new NoteLimitReached(taskId, MAX_NOTES_PER_TASK);
        }
        tasks.set(index, task.withNote(new ProgressNote(text, by.principal(), now)));
        updatedAt = now;
    }

    /**
     * The unit that owns the task feeds back; when it was the last open task, the report is handled.
     *
     * @return the event when the report became HANDLED, else empty
     * @throws TaskNotFound     when the caller is not the unit that owns it
     * @throws IllegalTransition unless the task is OPEN
     */
    public Optional<AllUnitsFedBack> feedBack(TaskId taskId, Actor by, FeedbackResult result, String text,
                                              Instant now) {
        int index = ownTask(taskId, by);
        Task task = tasks.get(index);
        if (!task.isOpen()) {
            throw new IllegalTransition("task " + taskId, task.status(), "only an OPEN task can be fed back");
        }
        tasks.set(index, task.fedBack(new Feedback(result, text, by.principal(), now)));
        updatedAt = now;
        if (status != HandlingStatus.IN_HANDLING || tasks.stream().anyMatch(Task::isOpen)) {
            return Optional.empty();
        }
        status = HandlingStatus.HANDLED;
        sequence++;
        return Optional.of(new AllUnitsFedBack(UUID.randomUUID(), id, List.copyOf(tasks), by, sequence, now));
    }

    /**
     * An author or the township's station rates the handling, once per round of handling.
     *
     * @throws NotPermitted      when the caller is neither
     * @throws IllegalTransition unless the report is HANDLED and not yet rated
     */
    public SatisfactionRecorded rate(Actor by, Rating rating, String comment, Instant now) {
        if (!RatingPolicy.mayRate(by, report)) {
            throw new NotPermitted("only an author or the township's station may rate the handling",
                    "只有作者或本乡镇联络站可以评价办理情况");
        }
        if (status != HandlingStatus.HANDLED) {
            throw new IllegalTransition("report " + id, status, "only a HANDLED report can be rated");
        }
        if (satisfaction != null) {
            throw new IllegalTransition("report " + id, status, "the handling was already rated");
        }
        satisfaction = new Satisfaction(rating, comment, by.principal(), by.role(), now);
        updatedAt = now;
        return new SatisfactionRecorded(UUID.randomUUID(), id, satisfaction, sequence + 1, now);
    }

    /**
     * The office closes a handled report.
     *
     * @throws NotPermitted      unless the caller is the office
     * @throws IllegalTransition unless the report is HANDLED
     */
    public HandlingClosed close(Actor by, Instant now) {
        if (!by.is(Role.OFFICE)) {
            throw new NotPermitted("only the office closes a report", "只有政协办公室可以办结");
        }
        if (status != HandlingStatus.HANDLED) {
            throw new IllegalTransition("report " + id, status, "only a HANDLED report can be closed");
        }
        status = HandlingStatus.CLOSED;
        sequence++;
        updatedAt = now;
        return new HandlingClosed(UUID.randomUUID(), id, by, sequence, now);
    }

    /** The tasks the caller may see: a unit sees only its own, everyone else who sees the report sees all. */
    public List<Task> tasksSeenBy(Actor viewer) {
        if (viewer.is(Role.UNIT)) {
            return tasks.stream().filter(t -> t.unit().equals(viewer.unit())).toList();
        }
        return List.copyOf(tasks);
    }

    public Task task(TaskId taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new TaskNotFound(taskId));
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }

    private void remember(UUID eventId) {
        appliedEvents.addLast(eventId);
        while (appliedEvents.size() > REMEMBERED_EVENTS) {
            appliedEvents.removeFirst();
        }
    }

    private int ownTask(TaskId taskId, Actor by) {
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task.id().equals(taskId) && by.is(Role.UNIT) && task.unit().equals(by.unit())) {
                return i;
            }
        }
        throw new TaskNotFound(taskId);
    }

    public ReportId id() {
        return id;
    }

    public ReportFacts report() {
        return report;
    }

    public HandlingStatus status() {
        return status;
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** The rating of the current round, or {@code null}. */
    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public long sequence() {
        return sequence;
    }

    /** The assignment event ids applied most recently, oldest first. */
    public List<UUID> appliedEvents() {
        return List.copyOf(appliedEvents);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this handling was read at; 0 for a new one. */
    public long version() {
        return version;
    }

    /** A new handling and the event that announces it. */
    public record Opening(Handling handling, TasksAssigned assigned) {
    }
}
