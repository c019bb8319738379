package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the authors wrote, as routing handed it over: the text the committee reviews. */
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
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(township, "township");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The same content credited to {@code others}. */
    public ReportContent withAuthors(List<String> others) {
        return new ReportContent(title, category, domain, situation, analysis, suggestions, township, sector, others,
                onBehalfOf, topicId, urgent, occurredOn);
    }
}
