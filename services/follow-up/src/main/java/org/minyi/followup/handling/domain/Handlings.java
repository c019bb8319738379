package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where handlings are kept, one per report. Each write stores the handling and the events it decided at once. */
public interface Handlings {

    Optional<Handling> find(ReportId id);

    /** The handling, if {@code visibility} lets the caller see it. */
    Optional<Handling> findVisible(ReportId id, Visibility visibility);

    /** The handling that holds the task, if {@code visibility} lets the caller see that task. */
    Optional<Handling> findByTask(TaskId taskId, Visibility visibility);

    /** Tasks the caller may see, nearest deadline first (tasks without one last); a page past the end is empty. */
    PageOf<TaskSummary> tasks(Visibility visibility, TaskFilter filter, int page, int size);

    /**
     * Open overdue tasks the caller may see, optionally of one unit: escalated first, then the oldest deadline;
     * a page past the end is empty.
     */
    PageOf<TaskSummary> overdue(Visibility visibility, String unit, int page, int size);

    /** Reports whose handling has something due by {@code now} ({@link Handling#nextAttention()}), most overdue first. */
    List<ReportId> needingAttention(Instant now, int limit);

    /**
     * Stores a new handling with the events it decided. If the report has one already (another writer stored
     * it first), nothing is written and the store throws the chassis's {@code ConcurrentWrite}: the use case
     * reads again and decides again.
     */
    void add(Handling handling, List<? extends HandlingEvent> events);

    /**
     * Stores a changed handling with the events it decided (possibly none), if nobody changed it since it was
     * read. If somebody did, nothing is written and the store throws the chassis's {@code ConcurrentWrite}.
     */
    void update(Handling handling, List<? extends HandlingEvent> events);
}
