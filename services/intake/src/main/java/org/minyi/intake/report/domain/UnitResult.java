package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.Objects;

/** One handling unit's part in a report and the result it fed back (办理反馈). */
public record UnitResult(String unit, UnitRole role, Result result, Instant feedbackAt) {

    public UnitResult {
        Objects.requireNonNull(unit, "unit");
    }

    /** Lead (主办) or supporting (协办) unit. */
    public enum UnitRole {
        LEAD, SUPPORT
    }

    /** A solved or adopted, B in progress or partly, C cannot be solved now. */
    public enum Result {
        A, B, C
    }
}
