package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a task has been chased (督办) in its current round.
 *
 * @param overdueAt   when the scheduler found its deadline passed, {@code null} while in time
 * @param remindedAt  the last reminder sent to the unit (the overdue notice is the first)
 * @param escalatedAt when it went on the office's overdue list
 * @param urgings     the office's latest urgings (at most {@link #KEPT_URGINGS})
 * @param urgedTimes  how often the office urged in all
 */
public record Chasing(Instant overdueAt, Instant remindedAt, Instant escalatedAt, List<Urging> urgings,
                      int urgedTimes) {

    static final int KEPT_URGINGS = 20;

    public Chasing {
        urgings = urgings == null ? List.of() : List.copyOf(urgings);
    }

    public static Chasing none() {
        return new Chasing(null, null, null, List.of(), 0);
    }

    Chasing overdue(Instant now) {
        return new Chasing(now, now, escalatedAt, urgings, urgedTimes);
    }

    Chasing reminded(Instant now) {
        return new Chasing(overdueAt, now, escalatedAt, urgings, urgedTimes);
    }

    Chasing escalated(Instant now) {
        return new Chasing(overdueAt, remindedAt, now, urgings, urgedTimes);
    }

    Chasing urged(Urging urging) {
        List<Urging> kept = new ArrayList<>(urgings);
        kept.add(urging);
        while (kept.size() > KEPT_URGINGS) {
            kept.remove(0);
        }
        return new Chasing(overdueAt, remindedAt, escalatedAt, kept, urgedTimes + 1);
    }

    public boolean isOverdue() {
        return overdueAt != null;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }
}
