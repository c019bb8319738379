package org.minyi.followup.handling.application;

import java.time.Clock;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.Visibility;

/** The office urges (催办) one unit or every unit that has yet to feed back on a report. */
public final class UrgingUnits {

    private final Handlings handlings;
    private final Clock clock;

    public UrgingUnits(Handlings handlings, Clock clock) {
        this.handlings = handlings;
        this.clock = clock;
    }

    /** @param unit {@code null} for every unit with an open task */
    public Handling urge(ReportId id, String unit, String comment, Actor actor) {
        return OnConflict.retry(() -> {
            Handling handling = handlings.findVisible(id, Visibility.of(actor))
                    .orElseThrow(() -> new HandlingNotFound(id));
            handlings.update(handling, handling.urge(actor, unit, comment, clock.instant()));
            return handling;
        });
    }
}
