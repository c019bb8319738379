package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Objects;

/** A report merged, or to be merged, into a composite: enough to credit its authors and to cite it. */
public record Constituent(ReportId reportId, String trackingNumber, String title, List<String> authors) {

    public Constituent {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static Constituent of(ReviewItem item) {
        return new Constituent(item.id(), item.trackingNumber(), item.content().title(), item.content().authors());
    }
}
