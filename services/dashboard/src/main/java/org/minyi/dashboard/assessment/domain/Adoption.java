package org.minyi.dashboard.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A committee adopted (采用) a report — a single one or a composite (综合) of several.
 *
 * @param adoptedOn    the county's date of the adoption; its year is the year it counts in
 * @param adoptedAt    when the committee adopted it; {@code null} for adoptions recorded before it was kept
 * @param constituents for a composite, the reports merged into it (ids), as the adoption names them
 */
public record Adoption(UUID eventId, String reportId, String trackingNumber, long sequence, LocalDate adoptedOn,
                       Instant adoptedAt, String committee, String grade, String township, String sector,
                       List<String> authors, boolean composite, List<String> constituents) {

    public Adoption {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        authors = authors == null ? List.of() : List.copyOf(authors);
        constituents = constituents == null ? List.of() : List.copyOf(constituents);
    }

    public int year() {
        return adoptedOn.getYear();
    }
}
