package org.minyi.dashboard.handling.domain;

import java.util.List;

/**
 * The handling units' record of a year (承办单位办理情况): a row per unit of the roster (zeros included) and
 * per unit the roster does not know that had a task, the totals, and every task the rows count.
 */
public record UnitsYear(int year, List<UnitRecord> units, UnitCounts totals, List<UnitTask> tasks) {

    public UnitsYear {
        units = List.copyOf(units);
        tasks = List.copyOf(tasks);
    }
}
