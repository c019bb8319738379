package org.minyi.followup.handling.domain;

/** The unit named has no task on this report. */
public class UnitNotAssigned extends RuntimeException {

    private final String unit;

    public UnitNotAssigned(ReportId id, String unit) {
        super("unit " + unit + " has no task on report " + id);
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
