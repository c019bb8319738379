package org.minyi.dashboard.assessment.domain;

import java.time.Instant;
import java.util.Optional;

/** The office's points tables, one per year; every change is kept in the table's history. */
public interface PointsTables {

    Optional<PointsTable> of(int year);

    /** Replaces the year's table and appends the change (who, when, correlation id) to its history, in one write. */
    void put(PointsTable table, String by, Instant at, String correlationId);
}
