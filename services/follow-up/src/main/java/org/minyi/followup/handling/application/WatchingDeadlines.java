package org.minyi.followup.handling.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.events.Causation;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingClosed;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.OverdueReminded;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.handling.domain.TaskEscalated;
import org.minyi.followup.handling.domain.TaskOverdue;

/**
 * The scheduler's job: every handling whose {@code nextAttention} has come is read, told the time, and
 * stored with what that made due (overdue flags, reminders, escalations, the automatic closing).
 *
 * <p>Exactly once, also with several replicas: normally only the replica holding the scheduler's lease
 * runs this; should two ever run at once, each change is a conditional write on the handling's
 * version, and the handling remembers what it flagged, so the loser re-reads and finds nothing due.
 * What time made due is caused by no request or event: its events carry the correlation {@link #CORRELATION}.
 */
public final class WatchingDeadlines {

    /** The correlation of every event the scheduler raises, so that they are found together. */
    static final String CORRELATION = "follow-up-deadlines";
    static final int BATCH = 100;
    private static final int MAX_BATCHES = 20;

    private final Handlings handlings;
    private final EarlierStages earlierStages;
    private final Clock clock;
    private final AutomaticSteps steps;

    public WatchingDeadlines(Handlings handlings, EarlierStages earlierStages, Clock clock, AutomaticSteps steps) {
        this.handlings = handlings;
        this.earlierStages = earlierStages;
        this.clock = clock;
        this.steps = steps;
    }

    /** @return how many events time made due */
    public int watch() {
        return new Causation(CORRELATION, null).within(this::watchDue);
    }

    private int watchDue() {
        Instant now = clock.instant();
        int raised = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ReportId> due = handlings.needingAttention(now, BATCH);
            for (ReportId id : due) {
                raised += watch(id, now);
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return raised;
    }

    /** What time made due, in words for the audit trail. */
    static Optional<String> step(HandlingEvent event) {
        if (event instanceof TaskOverdue e) {
            return Optional.of("task of " + e.unit() + " overdue (deadline " + e.deadline() + ")");
        }
        if (event instanceof OverdueReminded e) {
            return Optional.of("overdue reminder to " + e.unit());
        }
        if (event instanceof TaskEscalated e) {
            return Optional.of("overdue task of " + e.unit() + " escalated to the office");
        }
        if (event instanceof HandlingClosed) {
            return Optional.of("closed without a rating after the waiting time");
        }
        return Optional.empty();
    }

    private int watch(ReportId id, Instant now) {
        Handling handling = handlings.find(id).orElse(null);
        if (handling == null) {
            return 0;
        }
        List<HandlingEvent> events = handling.watch(now, () -> earlierStages.of(id));
        try {
            // stored even without events, so that a stale attention time is corrected and not asked again
            handlings.update(handling, events);
            events.forEach(event -> step(event).ifPresent(action -> steps.record(action, id.value())));
            return events.size();
        } catch (ConcurrentWrite e) {
            // another replica or a request changed it first; what is still due is found next time
            return 0;
        }
    }
}
