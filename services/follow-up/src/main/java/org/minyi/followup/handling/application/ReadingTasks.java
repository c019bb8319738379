package org.minyi.followup.handling.application;

import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.SheetLayout;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskNotFound;
import org.minyi.followup.handling.domain.TaskSheet;
import org.minyi.followup.handling.domain.Visibility;

/**
 * A unit reads its task with what it acts on — the report's text, the instructions or the office's note —
 * and prints its assignment sheet (交办单); the office reads any task. Nobody else sees a task, not even
 * another unit on the same report: the store's query carries the caller ({@link Visibility#ofTask}).
 */
public final class ReadingTasks {

    private final Handlings handlings;
    private final SheetLayout layout;

    public ReadingTasks(Handlings handlings, SheetLayout layout) {
        this.handlings = handlings;
        this.layout = layout;
    }

    /**
     * @return the handling that holds the task
     * @throws TaskNotFound when there is no such task or the caller may not see it
     */
    public Handling task(TaskId taskId, Actor actor) {
        return handlings.findByTask(taskId, Visibility.ofTask(actor)).orElseThrow(() -> new TaskNotFound(taskId));
    }

    /** @throws TaskNotFound when there is no such task or the caller may not see it */
    public TaskSheet sheet(TaskId taskId, Actor actor) {
        return layout.layOut(task(taskId, actor), taskId);
    }
}
