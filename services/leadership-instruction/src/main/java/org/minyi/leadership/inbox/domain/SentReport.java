package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The adopted report as committee-review sent it to the leaders.
 *
 * @param publication the 《社情民意》 or 《专报》 issue that carried it, {@code null} if sent on its own
 */
public record SentReport(
        String trackingNumber,
        String title,
        Category category,
        String domain,
        String township,
        String sector,
        String committee,
        List<String> authors,
        boolean urgent,
        Grade grade,
        String publication,
        Instant submittedAt,
        ReportContent content) {

    public SentReport {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(content, "content");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
