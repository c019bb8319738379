package org.minyi.followup.handling.application;

import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.PageOf;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.TaskFilter;
import org.minyi.followup.handling.domain.TaskSummary;
import org.minyi.followup.handling.domain.Visibility;

/** Handlings and tasks as the caller may see them. */
public final class FindingHandling {

    private final Handlings handlings;

    public FindingHandling(Handlings handlings) {
        this.handlings = handlings;
    }

    public Handling get(ReportId id, Actor actor) {
        return handlings.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new HandlingNotFound(id));
    }

    /** Open overdue tasks, escalated first: the office's overdue list. A page past the end is empty. */
    public PageOf<TaskSummary> overdue(Actor actor, String unit, int page, int size) {
        return handlings.overdue(Visibility.of(actor), unit, page, size);
    }

    /** A unit asking for another unit's tasks gets an empty page: its own claim always applies. */
    public PageOf<TaskSummary> tasks(Actor actor, TaskFilter filter, int page, int size) {
        return handlings.tasks(Visibility.of(actor), filter, page, size);
    }
}
