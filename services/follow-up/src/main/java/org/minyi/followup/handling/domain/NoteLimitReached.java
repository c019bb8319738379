package org.minyi.followup.handling.domain;

/** A task holds as many progress notes as one stored report may carry. */
public class NoteLimitReached extends RuntimeException {

    public NoteLimitReached(TaskId id, int limit) {
        super("task " + id + " already has " + limit + " progress notes");
    }
}
