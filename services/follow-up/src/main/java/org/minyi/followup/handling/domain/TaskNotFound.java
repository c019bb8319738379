package org.minyi.followup.handling.domain;

/** No such task, or one that another unit owns: the two are not told apart. */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(TaskId id) {
        super("task " + id + " not found");
    }
}
