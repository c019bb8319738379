package org.minyi.events.leadership;

import java.time.LocalDate;

/** A handling unit assigned to a report: lead (主办) or supporting (协办), with its deadline. */
public record AssignedUnit(String unit, Role role, LocalDate deadline) {

    public enum Role {
        LEAD, SUPPORT
    }
}
