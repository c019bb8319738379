package org.minyi.leadership.inbox.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A handling unit assigned to the report, with its role and deadline. */
public record UnitAssignment(String unit, UnitRole role, LocalDate deadline) {

    public UnitAssignment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(deadline, "deadline");
    }

    public static UnitAssignment lead(String unit, LocalDate deadline) {
        return new UnitAssignment(unit, UnitRole.LEAD, deadline);
    }

    public static UnitAssignment support(String unit, LocalDate deadline) {
        return new UnitAssignment(unit, UnitRole.SUPPORT, deadline);
    }
}
