package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The city, provincial or national CPPCC adopted the report (上级政协采用): a ledger entry, recorded by the
 * office whenever word arrives, possibly months later and more than once.
 *
 * @param mode       SINGLE (单独采用) or FORWARDED (转送采用)
 * @param submission the {@link UpstreamSubmission} it answers; {@code null} for an adoption of a report never
 *                   recorded as sent to that level (recorded after the fact)
 */
public record UpstreamAdoption(Level level, Mode mode, LocalDate adoptedOn, String note, String recordedBy,
                               Instant recordedAt, String submission) {

    public UpstreamAdoption {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** An adoption that answers no submission (yet). */
    public UpstreamAdoption(Level level, Mode mode, LocalDate adoptedOn, String note, String recordedBy,
                            Instant recordedAt) {
        this(level, mode, adoptedOn, note, recordedBy, recordedAt, null);
    }

    /** The same adoption, answering {@code submissionId}. */
    public UpstreamAdoption answering(String submissionId) {
        return new UpstreamAdoption(level, mode, adoptedOn, note, recordedBy, recordedAt, submissionId);
    }

    public boolean answers(UpstreamSubmission candidate) {
        return candidate.id().equals(submission);
    }

    /** The same adoption: same level, mode and date, whoever recorded it. */
    public boolean repeats(UpstreamAdoption other) {
        return level == other.level && mode == other.mode && adoptedOn.equals(other.adoptedOn);
    }

    public enum Level {
        CITY, PROVINCE, NATIONAL
    }

    public enum Mode {
        SINGLE, FORWARDED
    }
}
