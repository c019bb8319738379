package org.minyi.intake.report.domain;

/**
 * The year's tracking numbers, handed out by an atomic per-year counter: each number is taken once, and
 * numbers taken later are higher. A submission takes its number after it was validated and found not to
 * repeat an earlier one, so only a submission that fails after taking its number (the database away at
 * the insert, or a parallel repeat of the same request) leaves a gap.
 */
public interface TrackingNumbers {

    /** Takes the next serial of {@code year}; never the same twice. */
    long take(int year);

    /** Raises the counter so that the next serial taken is above {@code serial} (it never goes down). */
    void atLeast(int year, long serial);

    /** The highest serial a stored report of {@code year} carries, found the slow way; 0 for none. */
    long highestUsed(int year);
}
