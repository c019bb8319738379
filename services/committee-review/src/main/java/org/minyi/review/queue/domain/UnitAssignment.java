package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A handling unit a report is transferred to, with its part and its deadline. */
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
