package org.minyi.intake.report.domain;

import java.util.Objects;
import java.util.UUID;

public record ReportId(String value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
