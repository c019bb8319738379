package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How long a committee may take to decide a report (快): a number of working days, the same for every committee
 * unless one has its own, counted on the county's {@link WorkingDays} in the county's time zone from the day
 * the report entered the committee's queue (that day not counted). The office's triage queue is timed like a
 * committee's.
 */
public final class ReviewTimeLimits {

    /** A limit beyond a working year is a typing error, not a plan. */
    public static final int MAX_LIMIT = 250;

    private final int standard;
    private final Map<String, Integer> byCommittee;
    private final WorkingDays calendar;
    private final ZoneId zone;

    /** @throws IllegalArgumentException for a limit below 1 or above {@value #MAX_LIMIT} working days */
    public ReviewTimeLimits(int standard, Map<String, Integer> byCommittee, WorkingDays calendar, ZoneId zone) {
        this.standard = checked("the default", standard);
        this.byCommittee = Map.copyOf(byCommittee);
        this.byCommittee.forEach(ReviewTimeLimits::checked);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The committee's limit in working days. */
    public int limitOf(String committee) {
        return byCommittee.getOrDefault(committee, standard);
    }

    /** A stint in {@code committee}'s queue that began at {@code enteredAt}. */
    public ReviewStint stintIn(String committee, Instant enteredAt) {
        int limit = limitOf(committee);
        LocalDate due = calendar.after(LocalDate.ofInstant(enteredAt, zone), limit);
        return new ReviewStint(committee, enteredAt, limit, due, due.plusDays(1).atStartOfDay(zone).toInstant(), null);
    }

    private static int checked(String committee, Integer limit) {
        if (limit == null || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the review time limit of " + committee + " must be 1 to " + MAX_LIMIT
                    + " working days, not " + limit);
        }
        return limit;
    }
}
