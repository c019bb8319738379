package org.minyi.dashboard.handling.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minyi.dashboard.handling.domain.HandlingHistories;
import org.minyi.dashboard.handling.domain.UnitRecordPolicy;
import org.minyi.dashboard.handling.domain.UnitsYear;
import org.minyi.dashboard.reference.domain.Rosters;

/**
 * The handling units' record of a year, counted when asked from the histories of the reports with a task
 * that year. One count is shared for {@code maxAge}, so the page and its export asked together cost one read.
 */
public final class ReadingUnitRecords {

    private final HandlingHistories histories;
    private final Rosters rosters;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<Integer, Counted> counted = new ConcurrentHashMap<>();

    public ReadingUnitRecords(HandlingHistories histories, Rosters rosters, Clock clock, Duration maxAge) {
        this.histories = histories;
        this.rosters = rosters;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public UnitsYear year(int year) {
        Instant now = clock.instant();
        Counted cached = counted.get(year);
        if (cached == null || !now.isBefore(cached.validUntil())) {
            cached = new Counted(UnitRecordPolicy.of(year, rosters.current().handlingUnits(),
                    histories.assignedIn(year)), now.plus(maxAge));
            counted.put(year, cached);
        }
        return cached.year();
    }

    /** Forgets what was counted, e.g. after a replay emptied the histories. */
    public void forget() {
        counted.clear();
    }

    private record Counted(UnitsYear year, Instant validUntil) {
    }
}
