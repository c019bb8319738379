package org.minyi.routing.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.minyi.routing.rules.domain.Category;

/** What the authors wrote, as intake accepted it; routing passes it on to the committee unchanged. */
public record ReportContent(
        String title,
        Category category,
        String domain,
        String situation,
        String analysis,
        String suggestions,
        String township,
        String sector,
        List<String> authors,
        OnBehalfOf onBehalfOf,
        String topicId,
        boolean urgent,
        LocalDate occurredOn) {

    public ReportContent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(township, "township");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
