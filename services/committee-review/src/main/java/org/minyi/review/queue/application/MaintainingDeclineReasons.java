package org.minyi.review.queue.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.DeclineReason;
import org.minyi.review.queue.domain.DeclineReasonList;
import org.minyi.review.queue.domain.DeclineReasons;

/** The office maintains the reasons committees may give for declining a report. */
public final class MaintainingDeclineReasons {

    private final DeclineReasons reasons;
    private final Clock clock;

    public MaintainingDeclineReasons(DeclineReasons reasons, Clock clock) {
        this.reasons = reasons;
        this.clock = clock;
    }

    public DeclineReasonList current() {
        return reasons.current();
    }

    public DeclineReasonList replace(List<DeclineReason> proposed, Actor actor) {
        return OnConflict.retry(() -> {
            DeclineReasonList next = reasons.current().replace(proposed, actor, clock.instant());
            reasons.save(next);
            return reasons.current();
        });
    }
}
