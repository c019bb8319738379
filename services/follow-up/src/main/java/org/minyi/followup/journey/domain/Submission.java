package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A report as intake announced its submission (first, or again after a revision): who it concerns.
 *
 * @param submittedBy the principal that submitted it, e.g. {@code station-chengguan}; may be {@code null}
 */
public record Submission(UUID eventId, String trackingNumber, String township, List<String> authors,
                         String submittedBy, long sequence, Instant at) {

    public Submission {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(at, "at");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
