package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * How one report is being handled: the tasks its units were given, their progress and feedback, the
 * deadlines and how they are chased, the authors' ratings, reopenings and the closing. It decides every
 * step and returns the events that announce it; it remembers the last assignments it applied, so a
 * redelivered one changes nothing.
 *
 * <p>One task per unit: several leaders may instruct a report and the office may forward or transfer it;
 * a unit named again keeps its task, which follows every instruction or note that named it
 * ({@link Task#joined}). The handling keeps the report's text as the latest assignment carried it.
 *
 * <p>Lead and supporting units: every unit feeds back on its own task; the report is HANDLED once all
 * of them have, so the lead unit's feedback is always required. Supporting units feed into the lead:
 * the lead unit sees their feedback on every assignment it leads, and the lead's result is the report's
 * result ({@link #result()}).
 *
 * <p>Sequence: the handling keeps the highest sequence it has seen for its report; a status change it
 * decides carries that + 1. Flags (overdue, urged) and notifications carry the current one.
 */
public final class Handling {

    /** How many applied assignment event ids are remembered (the oldest are forgotten first). */
    static final int REMEMBERED_EVENTS = 100;
    /** At most this many progress notes per task, so the stored handling stays well inside a document. */
    static final int MAX_NOTES_PER_TASK = 200;

    private final ReportId id;
    private ReportFacts report;
    private final HandlingRules rules;
    private HandlingStatus status;
    private final List<Task> tasks;
    private Satisfaction satisfaction;
    private final List<Satisfaction> ratings;
    private int reopenings;
    private long sequence;
    private final Deque<UUID> appliedEvents;
    private StageEntry instructed;
    private Instant handledAt;
    private Closing closing;
    private final Instant openedAt;
    private Instant updatedAt;
    private final long version;

    private Handling(ReportId id, ReportFacts report, HandlingRules rules, HandlingStatus status, List<Task> tasks,
                     Satisfaction satisfaction, List<Satisfaction> ratings, int reopenings, long sequence,
                     List<UUID> appliedEvents, StageEntry instructed, Instant handledAt, Closing closing,
                     Instant openedAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.report = Objects.requireNonNull(report);
        this.rules = Objects.requireNonNull(rules);
        this.status = Objects.requireNonNull(status);
        this.tasks = new ArrayList<>(tasks);
        this.satisfaction = satisfaction;
        this.ratings = new ArrayList<>(ratings == null ? List.of() : ratings);
        this.reopenings = reopenings;
        this.sequence = sequence;
        this.appliedEvents = new ArrayDeque<>(appliedEvents);
        this.instructed = instructed;
        this.handledAt = handledAt;
        this.closing = closing;
        this.openedAt = openedAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Opens the handling of a report with its first assignment. */
    public static Opening open(Assignment assignment, HandlingRules rules, Instant now) {
        Handling handling = new Handling(assignment.reportId(), assignment.report(), rules, HandlingStatus.IN_HANDLING,
                List.of(), null, List.of(), 0, assignment.sequence(), List.of(), null, null, null, now, now, 0);
        TasksAssigned assigned = handling.assign(assignment, now).orElseThrow();
        return new Opening(handling, assigned);
    }

    /** Rebuilds a handling from storage; decides nothing. */
    public static Handling restore(ReportId id, ReportFacts report, HandlingRules rules, HandlingStatus status,
                                   List<Task> tasks, Satisfaction satisfaction, List<Satisfaction> ratings,
                                   int reopenings, long sequence, List<UUID> appliedEvents, StageEntry instructed,
                                   Instant handledAt, Closing closing, Instant openedAt, Instant updatedAt,
                                   long version) {
        return new Handling(id, report, rules, status, tasks, satisfaction, ratings, reopenings, sequence,
                appliedEvents, instructed, handledAt, closing, openedAt, updatedAt, version);
    }

    /**
     * Gives each unit of the assignment its task, or — for a unit that has one on this report already —
     * joins it ({@link Task#joined}): one task per unit and report, following every instruction, forward
     * or transfer that named the unit. The report is in handling (again, if it was handled or closed: a
     * leader's instruction is not refused), its facts and text are the latest assignment's, and a rating
     * of an earlier round is set aside.
     *
     * @return the event naming every task given or joined, or empty when this assignment was applied before
     */
    public Optional<TasksAssigned> assign(Assignment assignment, Instant now) {
        if (!assignment.reportId().equals(id)) {
            throw new IllegalArgumentException("assignment for report " + assignment.reportId() + " given to " + id);
        }
        if (hasApplied(assignment.eventId())) {
            return Optional.empty();
        }
        remember(assignment.eventId());
        List<Task> touched = new ArrayList<>();
        for (Assignment.UnitAssignment unit : assignment.units()) {
            int held = lastTaskOf(unit.unit());
            Task task;
            if (held < 0) {
                task = Task.assigned(TaskId.of(assignment.eventId(), unit.unit()), unit, assignment.basis(), now);
                tasks.add(task);
            } else {
                task = tasks.get(held).joined(unit, assignment.basis());
                tasks.set(held, task);
            }
            touched.add(task);
        }
        report = assignment.report().withTextOf(report);
        if (instructed == null) {
            instructed = new StageEntry(assignment.kind() == Assignment.Kind.INSTRUCTION ? Stage.INSTRUCTED
                    : Stage.FORWARDED, assignment.at());
        }
        HandlingStatus previous = status;
        if (previous != HandlingStatus.IN_HANDLING) {
            satisfaction = null;
            closing = null;
        }
        status = HandlingStatus.IN_HANDLING;
        sequence = Math.max(sequence, assignment.sequence()) + 1;
        updatedAt = now;
        return Optional.of(new TasksAssigned(UUID.randomUUID(), id, assignment.kind(), previous, List.copyOf(touched),
                sequence, now));
    }

    /** The unit's task on this report (the latest, should older data hold several), or -1. */
    private int lastTaskOf(String unit) {
        for (int i = tasks.size() - 1; i >= 0; i--) {
            if (tasks.get(i).unit().equals(unit)) {
                return i;
            }
        }
        return -1;
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
     * @throws TaskNotFound      when the caller is not the unit that owns it
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
     * @throws TaskNotFound      when the caller is not the unit that owns it
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
        handledAt = now;
        sequence++;
        return Optional.of(new AllUnitsFedBack(UUID.randomUUID(), id, List.copyOf(tasks), by, sequence, now));
    }

    /**
     * An author or the township's station rates the handling, once per round. An UNSATISFIED rating sends
     * the report back to every unit with a new deadline, at most {@link HandlingRules#maxReopenings()}
     * times; after that it stays HANDLED for the office to close.
     *
     * @return the rating, followed by the reopening when there was one
     * @throws NotPermitted      when the caller is neither
     * @throws IllegalTransition unless the report is HANDLED and not yet rated in this round
     */
    public List<HandlingEvent> rate(Actor by, Rating rating, String comment, Instant now) {
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
        ratings.add(satisfaction);
        updatedAt = now;
        List<HandlingEvent> events = new ArrayList<>();
        events.add(new SatisfactionRecorded(UUID.randomUUID(), id, satisfaction, sequence + 1, now));
        if (rating == Rating.UNSATISFIED && reopenings < rules.maxReopenings()) {
            events.add(reopen(by, now));
        }
        return events;
    }

    private HandlingReopened reopen(Actor by, Instant now) {
        reopenings++;
        LocalDate deadline = rules.today(now).plus(rules.reopenPeriod());
        tasks.replaceAll(task -> task.reopened(deadline));
        status = HandlingStatus.IN_HANDLING;
        satisfaction = null;
        // the rating carried sequence + 1; the reopening it caused comes after it
        sequence += 2;
        return new HandlingReopened(UUID.randomUUID(), id, by, List.copyOf(tasks), reopenings, sequence, now);
    }

    /**
     * The office closes a handled report.
     *
     * @param earlierStages when the report was submitted and adopted, as far as known
     * @throws NotPermitted      unless the caller is the office
     * @throws IllegalTransition unless the report is HANDLED
     */
    public HandlingClosed close(Actor by, List<StageEntry> earlierStages, Instant now) {
        if (!by.is(Role.OFFICE)) {
            throw new NotPermitted("only the office closes a report", "只有政协办公室可以办结");
        }
        if (status != HandlingStatus.HANDLED) {
            throw new IllegalTransition("report " + id, status, "only a HANDLED report can be closed");
        }
        return closeAs(by, ClosedBy.OFFICE, earlierStages, now);
    }

    private HandlingClosed closeAs(Actor by, ClosedBy how, List<StageEntry> earlierStages, Instant now) {
        status = HandlingStatus.CLOSED;
        closing = new Closing(how, by.principal(), now);
        sequence++;
        updatedAt = now;
        return new HandlingClosed(UUID.randomUUID(), id, by, how, stages(earlierStages), sequence, now);
    }

    /**
     * The office urges (催办) a unit, or every unit that has not fed back yet, at any time during handling.
     *
     * @param unit {@code null} for every unit with an open task
     * @return one event per unit urged
     * @throws NotPermitted      unless the office urges
     * @throws IllegalTransition unless the report is IN_HANDLING and the unit has an open task on it
     * @throws UnitNotAssigned   when the unit has no task on the report at all
     */
    public List<UnitUrged> urge(Actor by, String unit, String comment, Instant now) {
        if (!by.is(Role.OFFICE)) {
            throw new NotPermitted("only the office urges units", "只有政协办公室可以催办");
        }
        if (unit != null && tasks.stream().noneMatch(t -> t.unit().equals(unit))) {
            throw new UnitNotAssigned(id, unit);
        }
        if (status != HandlingStatus.IN_HANDLING) {
            throw new IllegalTransition("report " + id, status, "only a report in handling can be urged");
        }
        Map<String, List<TaskId>> byUnit = new LinkedHashMap<>();
        Urging urging = new Urging(by.principal(), comment, now);
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task.isOpen() && (unit == null || task.unit().equals(unit))) {
                tasks.set(i, task.chased(task.chasing().urged(urging)));
                byUnit.computeIfAbsent(task.unit(), u -> new ArrayList<>()).add(task.id());
            }
        }
        if (byUnit.isEmpty()) {
            throw new IllegalTransition("tasks of " + unit, TaskStatus.FED_BACK, "the unit has already fed back");
        }
        updatedAt = now;
        return byUnit.entrySet().stream().map(e -> new UnitUrged(UUID.randomUUID(), id, e.getKey(),
                List.copyOf(e.getValue()), by, comment, sequence, now)).toList();
    }

    /**
     * What time has made due: tasks whose deadline passed (flagged once), reminders to overdue units,
     * escalation to the office's list, and the automatic closing of a report nobody rated in time.
     *
     * @param earlierStages asked only when the report closes
     * @return the events, empty when nothing is due
     */
    public List<HandlingEvent> watch(Instant now, Supplier<List<StageEntry>> earlierStages) {
        List<HandlingEvent> events = new ArrayList<>();
        if (status == HandlingStatus.IN_HANDLING) {
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                if (!task.isOpen() || task.deadline() == null) {
                    continue;
                }
                Instant passes = rules.deadlinePasses(task.deadline());
                Chasing chasing = task.chasing();
                if (!chasing.isOverdue()) {
                    if (now.isBefore(passes)) {
                        continue;
                    }
                    chasing = chasing.overdue(now);
                    events.add(new TaskOverdue(UUID.randomUUID(), id, task.id(), task.unit(), task.deadline(),
                            sequence, now));
                } else if (!now.isBefore(chasing.remindedAt().plus(rules.remindEvery()))) {
                    chasing = chasing.reminded(now);
                    events.add(new OverdueReminded(UUID.randomUUID(), id, task.id(), task.unit(), sequence, now));
                }
                if (!chasing.isEscalated() && !now.isBefore(passes.plus(rules.escalateAfter()))) {
                    chasing = chasing.escalated(now);
                    events.add(new TaskEscalated(UUID.randomUUID(), id, task.id(), task.unit(), sequence, now));
                }
                tasks.set(i, task.chased(chasing));
            }
        }
        if (closesUnratedBy(now)) {
            events.add(closeAs(Actor.system(), ClosedBy.AUTOMATIC, earlierStages.get(), now));
        }
        if (!events.isEmpty()) {
            updatedAt = now;
        }
        return events;
    }

    /**
     * When {@link #watch} will next have something to do, or {@code null} for never (nothing with a
     * deadline is open and nothing waits for a rating).
     */
    public Instant nextAttention() {
        Instant next = null;
        if (status == HandlingStatus.IN_HANDLING) {
            for (Task task : tasks) {
                if (!task.isOpen() || task.deadline() == null) {
                    continue;
                }
                Instant passes = rules.deadlinePasses(task.deadline());
                Chasing chasing = task.chasing();
                if (!chasing.isOverdue()) {
                    next = earliest(next, passes);
                } else {
                    next = earliest(next, chasing.remindedAt().plus(rules.remindEvery()));
                    if (!chasing.isEscalated()) {
                        next = earliest(next, passes.plus(rules.escalateAfter()));
                    }
                }
            }
        }
        if (awaitsRating()) {
            next = earliest(next, handledAt.plus(rules.closeUnratedAfter()));
        }
        return next;
    }

    private boolean closesUnratedBy(Instant now) {
        return awaitsRating() && !now.isBefore(handledAt.plus(rules.closeUnratedAfter()));
    }

    private boolean awaitsRating() {
        return status == HandlingStatus.HANDLED && satisfaction == null && handledAt != null;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Submitted and adopted (from elsewhere), then instructed or forwarded, handled and closed (from here). */
    private List<StageEntry> stages(List<StageEntry> earlierStages) {
        List<StageEntry> stages = new ArrayList<>();
        for (Stage before : List.of(Stage.SUBMITTED, Stage.ADOPTED)) {
            earlierStages.stream().filter(s -> s.stage() == before).findFirst().ifPresent(stages::add);
        }
        if (instructed != null) {
            stages.add(instructed);
        }
        if (handledAt != null) {
            stages.add(new StageEntry(Stage.HANDLED, handledAt));
        }
        if (closing != null) {
            stages.add(new StageEntry(Stage.CLOSED, closing.at()));
        }
        return stages;
    }

    /**
     * The tasks the caller may see. A unit sees its own tasks and the supporting units' tasks (with their
     * feedback) on every instruction, forward or transfer it leads; everyone else who sees the report sees all.
     */
    public List<Task> tasksSeenBy(Actor viewer) {
        if (viewer.is(Role.UNIT)) {
            Set<String> led = tasks.stream()
                    .filter(t -> t.unit().equals(viewer.unit()) && t.role() == UnitRole.LEAD)
                    .flatMap(t -> t.sources().stream()).collect(Collectors.toSet());
            return tasks.stream().filter(t -> t.unit().equals(viewer.unit())
                    || (t.role() == UnitRole.SUPPORT && t.sources().stream().anyMatch(led::contains))).toList();
        }
        return List.copyOf(tasks);
    }

    /** Every task of the report but {@code taskId}: the other units working on it. */
    public List<Task> otherTasks(TaskId taskId) {
        return tasks.stream().filter(t -> !t.id().equals(taskId)).toList();
    }

    /** The report's result: the lead unit's of the latest assignment that has one fed back, or {@code null}. */
    public FeedbackResult result() {
        for (int i = tasks.size() - 1; i >= 0; i--) {
            Task task = tasks.get(i);
            if (task.role() == UnitRole.LEAD && task.feedback() != null) {
                return task.feedback().result();
            }
        }
        return null;
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

    public HandlingRules rules() {
        return rules;
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

    /** Every rating given, oldest first (those that reopened the handling included). */
    public List<Satisfaction> ratings() {
        return List.copyOf(ratings);
    }

    /** How often an UNSATISFIED rating reopened the handling. */
    public int reopenings() {
        return reopenings;
    }

    /** How many more UNSATISFIED ratings would reopen it. */
    public int reopeningsLeft() {
        return Math.max(0, rules.maxReopenings() - reopenings);
    }

    public long sequence() {
        return sequence;
    }

    /** The assignment event ids applied most recently, oldest first. */
    public List<UUID> appliedEvents() {
        return List.copyOf(appliedEvents);
    }

    /** When and how (instructed or forwarded) the report was first given to units. */
    public StageEntry instructed() {
        return instructed;
    }

    /** When the report last became HANDLED, or {@code null}. */
    public Instant handledAt() {
        return handledAt;
    }

    /** How it was closed, or {@code null} unless CLOSED. */
    public Closing closing() {
        return closing;
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

    /** Who closed the report and when. */
    public record Closing(ClosedBy how, String by, Instant at) {

        public Closing {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
