package org.minyi.dashboard.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Dates as the county lives them: an adoption at 01:00 on 1 January Beijing time counts in the new year. */
public final class CountyCalendar {

    private final ZoneId zone;

    public CountyCalendar(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}
