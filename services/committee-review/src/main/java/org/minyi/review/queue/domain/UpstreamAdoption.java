package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The city, provincial or national CPPCC adopted the report (上级政协采用): a ledger entry, recorded by the
 * office whenever word arrives, possibly months later and more than once.
 *
 * @param mode SINGLE (单独采用) or FORWARDED (转送采用)
 */
public record UpstreamAdoption(Level level, Mode mode, LocalDate adoptedOn, String note, String recordedBy,
                               Instant recordedAt) {

    public UpstreamAdoption {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
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
