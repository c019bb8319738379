package org.minyi.dashboard.handling.domain;

import java.util.Objects;

import org.minyi.dashboard.reference.domain.HandlingUnit;

/** One handling unit's row of the year. */
public record UnitRecord(HandlingUnit unit, UnitCounts counts) {

    public UnitRecord {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counts, "counts");
    }
}
