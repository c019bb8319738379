package org.minyi.intake.report.domain;

/**
 * Where the year's tracking numbers stand. A number is taken only by the report that is stored with it
 * (the store refuses a second report with the same number), so a failed submission takes none and the
 * numbers of a year have no gaps. This keeps a hint of the last number issued, so that a submission
 * usually tries the right one first.
 */
public interface TrackingNumbers {

    /** The last serial known to be issued in {@code year}: never above the truth, perhaps below it; 0 for none. */
    long lastIssued(int year);

    /** Records that {@code serial} was issued (the hint only moves forward). */
    void issued(int year, long serial);

    /** The highest serial a stored report of {@code year} carries, found the slow way; 0 for none. */
    long highestUsed(int year);
}
