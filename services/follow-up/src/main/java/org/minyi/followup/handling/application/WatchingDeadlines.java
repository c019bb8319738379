package org.minyi.followup.handling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.ReportId;

/**
 * The scheduler's job: every handling whose {@code nextAttention} has come is read, told the time, and
 * stored with what that made due (overdue flags, reminders, escalations, the automatic closing).
 *
 * <p>Exactly once, also with several replicas: normally only the replica holding the scheduler's lease
 * runs this; should two ever run at once, each change is a conditional write on the handling's
 * version, and the handling remembers what it flagged, so the loser re-reads and finds nothing due.
 */
public final class WatchingDeadlines {

    static final int BATCH = 100;
    private static final int MAX_BATCHES = 20;

    private final Handlings handlings;
    private final OutboundEvents outbound;
    private final EarlierStages earlierStages;
    private final Clock clock;

    public WatchingDeadlines(Handlings handlings, OutboundEvents outbound, EarlierStages earlierStages, Clock clock) {
        this.handlings = handlings;
        this.outbound = outbound;
        this.earlierStages = earlierStages;
        this.clock = clock;
    }

    /** @return how many events time made due */
    public int watch() {
        Instant now = clock.instant();
        Causation causation = new Causation("scheduler-" + UUID.randomUUID(), null);
        int raised = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ReportId> due = handlings.needingAttention(now, BATCH);
            for (ReportId id : due) {
                raised += watch(id, now, causation);
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return raised;
    }

    private int watch(ReportId id, Instant now, Causation causation) {
        Handling handling = handlings.find(id).orElse(null);
        if (handling == null) {
            return 0;
        }
        List<HandlingEvent> events = handling.watch(now, () -> earlierStages.of(id));
        try {
            // stored even without events, so that a stale attention time is corrected and not asked again
            handlings.update(handling, outbound.translate(events, handling, causation));
            return events.size();
        } catch (Handlings.ConcurrentUpdate e) {
            // another replica or a request changed it first; what is still due is found next time
            return 0;
        }
    }
}
