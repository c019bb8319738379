package org.minyi.dashboard.assessment.domain;

import java.time.Instant;
import java.util.Optional;

/** The office's target sheets, one per year; every change is kept in the sheet's history. */
public interface TargetSheets {

    Optional<TargetSheet> of(int year);

    /** Replaces the year's sheet and appends the change (who, when, correlation id) to its history, in one write. */
    void put(TargetSheet sheet, String by, Instant at, String correlationId);
}
