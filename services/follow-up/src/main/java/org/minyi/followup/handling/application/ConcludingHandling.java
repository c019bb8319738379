package org.minyi.followup.handling.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.Rating;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.Visibility;

/**
 * An author or the station rates a handled report (an UNSATISFIED rating may reopen it); the office
 * closes it, publishing the time the report entered each stage.
 */
public final class ConcludingHandling {

    private final Handlings handlings;
    private final EarlierStages earlierStages;
    private final Clock clock;

    public ConcludingHandling(Handlings handlings, EarlierStages earlierStages, Clock clock) {
        this.handlings = handlings;
        this.earlierStages = earlierStages;
        this.clock = clock;
    }

    public Handling rate(ReportId id, Rating rating, String comment, Actor actor) {
        return OnConflict.retry(() -> {
            Handling handling = visible(id, actor);
            return store(handling, handling.rate(actor, rating, comment, clock.instant()));
        });
    }

    public Handling close(ReportId id, Actor actor) {
        return OnConflict.retry(() -> {
            Handling handling = visible(id, actor);
            return store(handling, List.of(handling.close(actor, earlierStages.of(id), clock.instant())));
        });
    }

    private Handling visible(ReportId id, Actor actor) {
        return handlings.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new HandlingNotFound(id));
    }

    private Handling store(Handling handling, List<? extends HandlingEvent> events) {
        handlings.update(handling, events);
        return handling;
    }
}
