package org.minyi.review.queue.domain;

/** Tracking numbers for composites, {@code ZH-<year>-<6 digits>}, from a counter of their own per year. */
public interface CompositeNumbers {

    String next(int year);

    static String format(int year, long serial) {
        return String.format("ZH-%04d-%06d", year, serial);
    }
}
