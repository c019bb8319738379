package org.minyi.intake.report.domain;

import java.util.Objects;

/** The number people quote: {@code SQ-<year>-<6 digits>}, unique and increasing per year. */
public record TrackingNumber(String value) {

    public TrackingNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("SQ-\\d{4}-\\d{6}")) {
            throw new IllegalArgumentException("not a tracking number: " + value);
        }
    }

    public static TrackingNumber of(int year, long serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return new TrackingNumber(String.format("SQ-%04d-%06d", year, serial));
    }

    /** The number within its year. */
    public long serial() {
        return Long.parseLong(value.substring(8));
    }

    @Override
    public String toString() {
        return value;
    }
}
