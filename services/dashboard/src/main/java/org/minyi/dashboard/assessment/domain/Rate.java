package org.minyi.dashboard.assessment.domain;

/**
 * An adoption rate kept as a fraction, so that comparisons are exact: {@code adopted} of
 * {@code submitted}. Without submissions there is no rate, and it sorts below every rate.
 */
public record Rate(long adopted, long submitted) implements Comparable<Rate> {

    public Rate {
        if (adopted < 0 || submitted < 0 || adopted > submitted) {
            throw new IllegalArgumentException("a rate is 0 ≤ adopted ≤ submitted: " + adopted + "/" + submitted);
        }
    }

    public boolean defined() {
        return submitted > 0;
    }

    /** The rate as a number from 0 to 1, rounded to three decimals; {@code null} without submissions. */
    public Double value() {
        return defined() ? Math.round(adopted * 1000.0 / submitted) / 1000.0 : null;
    }

    @Override
    public int compareTo(Rate other) {
        if (!defined() || !other.defined()) {
            return Boolean.compare(defined(), other.defined());
        }
        return Long.compare(adopted * other.submitted, other.adopted * submitted);
    }
}
