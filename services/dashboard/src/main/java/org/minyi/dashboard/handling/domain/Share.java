package org.minyi.dashboard.handling.domain;

/** {@code part} of {@code whole}, kept as counts; without a whole there is no share. */
public record Share(long part, long whole) {

    public Share {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a share is 0 ≤ part ≤ whole: " + part + "/" + whole);
        }
    }

    /** From 0 to 1, rounded to three decimals; {@code null} when the whole is 0. */
    public Double value() {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
