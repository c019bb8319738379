package org.minyi.intake.report.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When an earlier report counts as a possible duplicate: submitted within {@code window} in the same
 * county, with a wording similarity of at least {@code threshold}; at most {@code listed} are linked,
 * most similar first.
 */
public record DuplicatePolicy(double threshold, Duration window, int listed) {

    /** The threshold measured on the labelled pairs (README, "Duplicate detection"), 90 days, five at most. */
    public static final DuplicatePolicy STANDARD = new DuplicatePolicy(0.12, Duration.ofDays(90), 5);

    public DuplicatePolicy {
        if (threshold <= 0 || threshold > 1 || window.isNegative() || window.isZero() || listed < 1) {
            throw new IllegalArgumentException("threshold in (0, 1], a positive window, at least one listed");
        }
    }

    public Instant since(Instant now) {
        return now.minus(window);
    }

    public boolean isDuplicate(double similarity) {
        return similarity >= threshold;
    }
}
