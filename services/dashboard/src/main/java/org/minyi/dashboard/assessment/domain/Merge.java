package org.minyi.dashboard.assessment.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Several reports were merged (综合) into a composite ({@code compositeId}, tracking number
 * {@code ZH-<year>-<n>}); every constituent keeps its authors, so credit is never lost.
 */
public record Merge(UUID eventId, String compositeId, String trackingNumber, long sequence, String committee,
                    String township, List<Constituent> constituents) {

    public Merge {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(compositeId, "compositeId");
        constituents = constituents == null ? List.of() : List.copyOf(constituents);
    }

    public boolean contains(String reportId) {
        return constituents.stream().anyMatch(c -> c.reportId().equals(reportId));
    }

    public record Constituent(String reportId, String trackingNumber, List<String> authors) {

        public Constituent {
            Objects.requireNonNull(reportId, "reportId");
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }
}
