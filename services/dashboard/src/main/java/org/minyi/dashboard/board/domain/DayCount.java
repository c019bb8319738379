package org.minyi.dashboard.board.domain;

import java.time.LocalDate;

/** What happened on one day (the county's date): reports first seen, adopted, closed. */
public record DayCount(LocalDate day, long submitted, long adopted, long closed) {
}
