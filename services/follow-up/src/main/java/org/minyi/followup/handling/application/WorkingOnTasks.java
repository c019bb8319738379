package org.minyi.followup.handling.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.AllUnitsFedBack;
import org.minyi.followup.handling.domain.FeedbackResult;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskId;
import org.minyi.followup.handling.domain.TaskNotFound;
import org.minyi.followup.handling.domain.Visibility;

/** A unit notes progress on its own task and feeds back; the last feedback makes the report HANDLED. */
public final class WorkingOnTasks {

    private final Handlings handlings;
    private final Clock clock;

    public WorkingOnTasks(Handlings handlings, Clock clock) {
        this.handlings = handlings;
        this.clock = clock;
    }

    public Task noteProgress(TaskId taskId, String text, Actor actor) {
        return OnConflict.retry(() -> {
            Handling handling = ownerOf(taskId, actor);
            handling.noteProgress(taskId, actor, text, clock.instant());
            handlings.update(handling, List.of());
            return handling.task(taskId);
        });
    }

    public Task feedBack(TaskId taskId, FeedbackResult result, String text, Actor actor) {
        return OnConflict.retry(() -> {
            Handling handling = ownerOf(taskId, actor);
            Optional<AllUnitsFedBack> handled = handling.feedBack(taskId, actor, result, text, clock.instant());
            handlings.update(handling, handled.map(List::of).orElse(List.of()));
            return handling.task(taskId);
        });
    }

    private Handling ownerOf(TaskId taskId, Actor actor) {
        return handlings.findByTask(taskId, Visibility.of(actor)).orElseThrow(() -> new TaskNotFound(taskId));
    }
}
