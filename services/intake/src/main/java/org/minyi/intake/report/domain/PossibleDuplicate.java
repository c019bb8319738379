package org.minyi.intake.report.domain;

import java.util.Objects;

/** An earlier report that says much the same; {@code similarity} estimates the Jaccard index of their texts. */
public record PossibleDuplicate(ReportId reportId, TrackingNumber trackingNumber, double similarity) {

    public PossibleDuplicate {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity between 0 and 1: " + similarity);
        }
    }
}
