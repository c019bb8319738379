package org.minyi.followup.handling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time rules of handling, all configurable:
 *
 * @param zone              where deadlines are dates (a deadline passes at the start of the next day there)
 * @param maxReopenings     how often an UNSATISFIED rating sends the report back to its units (2 by default);
 *                          one more UNSATISFIED leaves it HANDLED for the office to close
 * @param reopenPeriod      the new deadline a reopening gives, counted from the day of the rating
 * @param remindEvery       how often an overdue unit is reminded while it has not fed back
 * @param escalateAfter     how long after its deadline passed an overdue task goes on the office's list
 * @param closeUnratedAfter how long after HANDLED a report nobody rated closes itself (30 days)
 */
public record HandlingRules(ZoneId zone, int maxReopenings, Period reopenPeriod, Duration remindEvery,
                            Duration escalateAfter, Duration closeUnratedAfter) {

    public HandlingRules {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(reopenPeriod, "reopenPeriod");
        Objects.requireNonNull(remindEvery, "remindEvery");
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        Objects.requireNonNull(closeUnratedAfter, "closeUnratedAfter");
        if (maxReopenings < 0) {
            throw new IllegalArgumentException("maxReopenings cannot be negative");
        }
        if (remindEvery.isNegative() || remindEvery.isZero()) {
            throw new IllegalArgumentException("remindEvery must be positive");
        }
    }

    public static HandlingRules defaults() {
        return new HandlingRules(ZoneId.of("Asia/Shanghai"), 2, Period.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(7), Duration.ofDays(30));
    }

    /** The moment a task with this deadline becomes overdue: the deadline day is still in time. */
    public Instant deadlinePasses(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
