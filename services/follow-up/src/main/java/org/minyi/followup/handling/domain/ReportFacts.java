package org.minyi.followup.handling.domain;

import java.util.List;
import java.util.Objects;

/**
 * What follow-up knows of the report it handles: its codes and title, and its text (情况, 问题, 建议) so
 * that the units read what they handle. The text is {@code null} where the announcing event carried none
 * (events written before it was added).
 *
 * @param analysis {@code null} when the report has none
 */
public record ReportFacts(String trackingNumber, String title, Category category, String township, String committee,
                          List<String> authors, boolean urgent, String situation, String analysis,
                          String suggestions) {

    public ReportFacts {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(township, "township");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Whether it carries the report's text. */
    public boolean hasText() {
        return situation != null || suggestions != null;
    }

    /**
     * These facts (the latest announced), with the text of {@code earlier} when they carry none: an older
     * event never erases the text a newer one brought.
     */
    public ReportFacts withTextOf(ReportFacts earlier) {
        if (hasText() || earlier == null || !earlier.hasText()) {
            return this;
        }
        return new ReportFacts(trackingNumber, title, category, township, committee, authors, urgent,
                earlier.situation(), earlier.analysis(), earlier.suggestions());
    }
}
