package org.minyi.followup.handling.domain;

import java.util.Objects;

/** The report a handling belongs to; a report has at most one handling. */
public record ReportId(String value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
