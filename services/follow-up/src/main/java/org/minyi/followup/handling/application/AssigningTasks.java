package org.minyi.followup.handling.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingRules;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.TasksAssigned;

/**
 * A leader's instruction or the office's forward gives units their tasks: the first opens the report's
 * handling, later ones add to it. Applying the same announcement twice changes nothing.
 */
public final class AssigningTasks {

    private final Handlings handlings;
    private final HandlingRules rules;
    private final Clock clock;

    public AssigningTasks(Handlings handlings, HandlingRules rules, Clock clock) {
        this.handlings = handlings;
        this.rules = rules;
        this.clock = clock;
    }

    /** @return whether tasks were assigned (false for a repeat) */
    public boolean assign(Assignment assignment) {
        return OnConflict.retry(() -> {
            Optional<Handling> held = handlings.find(assignment.reportId());
            if (held.isEmpty()) {
                // a concurrent first delivery makes add() fail; the retry then finds it applied
                Handling.Opening opening = Handling.open(assignment, rules, clock.instant());
                handlings.add(opening.handling(), List.of(opening.assigned()));
                return true;
            }
            Handling handling = held.get();
            Optional<TasksAssigned> assigned = handling.assign(assignment, clock.instant());
            if (assigned.isEmpty()) {
                return false;
            }
            handlings.update(handling, List.of(assigned.get()));
            return true;
        });
    }
}
