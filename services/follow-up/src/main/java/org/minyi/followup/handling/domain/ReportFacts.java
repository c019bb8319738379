package org.minyi.followup.handling.domain;

import java.util.List;
import java.util.Objects;

/** What follow-up knows of the report it handles: codes and title, never the body. */
public record ReportFacts(String trackingNumber, String title, Category category, String township, String committee,
                          List<String> authors) {

    public ReportFacts {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(township, "township");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
