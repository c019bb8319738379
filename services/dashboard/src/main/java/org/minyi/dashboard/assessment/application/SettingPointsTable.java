package org.minyi.dashboard.assessment.application;

import java.time.Clock;

import org.minyi.dashboard.assessment.domain.PointsTable;
import org.minyi.dashboard.assessment.domain.PointsTables;

/** The office sets a year's points table. */
public final class SettingPointsTable {

    private final PointsTables tables;
    private final Clock clock;

    public SettingPointsTable(PointsTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    public PointsTable set(PointsTable table, String by, String correlationId) {
        tables.put(table, by, clock.instant(), correlationId);
        return table;
    }
}
