package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.events.Causation;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewOverdue;
import org.minyi.review.queue.domain.ReviewTimeLimits;

/**
 * The review time limit's scheduler job (快): every item whose stint came due is read, told the time, and stored
 * with its REVIEW_OVERDUE flag in the same write. The items come from an indexed query on their attention time,
 * never a scan of the queues.
 *
 * <p>Exactly once, also with several replicas: normally only the replica holding the scheduler's lease runs
 * this; should two ever run at once, each flag is a conditional write on the item's version and the stint
 * remembers it was flagged, so the loser re-reads and finds nothing to flag. A flag is caused by no request or
 * event: its events carry the correlation {@link #CORRELATION}.
 */
public final class WatchingReviewTimeLimits {

    /** The correlation of every flag the scheduler raises, so that they are found together. */
    static final String CORRELATION = "review-time-limits";
    static final int BATCH = 100;
    private static final int MAX_BATCHES = 20;

    private final ReviewItems items;
    private final ReviewTimeLimits limits;
    private final Clock clock;
    private final AutomaticSteps steps;

    public WatchingReviewTimeLimits(ReviewItems items, ReviewTimeLimits limits, Clock clock, AutomaticSteps steps) {
        this.items = items;
        this.limits = limits;
        this.clock = clock;
        this.steps = steps;
    }

    /** @return how many reports it flagged REVIEW_OVERDUE */
    public int flagOverdue() {
        return new Causation(CORRELATION, null).within(this::flagDue);
    }

    /**
     * Times the items that wait in a queue without a stint (stored before review time limits existed), from when
     * they were routed; each is one write, and a repeat finds nothing left to do.
     *
     * @return how many it timed
     */
    public int timeUntimedItems() {
        int timed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ReportId> untimed = items.untimed(BATCH);
            for (ReportId id : untimed) {
                timed += OnConflict.retry(() -> {
                    ReviewItem item = items.find(id).orElse(null);
                    if (item == null || !item.timeAgainst(limits)) {
                        return 0;
                    }
                    items.update(item, List.of());
                    return 1;
                });
            }
            if (untimed.size() < BATCH) {
                break;
            }
        }
        return timed;
    }

    private int flagDue() {
        Instant now = clock.instant();
        int flagged = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ReportId> due = items.reviewOverdue(now, BATCH);
            for (ReportId id : due) {
                flagged += flag(id, now);
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return flagged;
    }

    private int flag(ReportId id, Instant now) {
        ReviewItem item = items.find(id).orElse(null);
        if (item == null) {
            return 0;
        }
        Optional<ReviewOverdue> overdue = item.flagIfReviewOverdue(now);
        if (overdue.isEmpty()) {
            return 0;
        }
        try {
            items.update(item, List.<ReviewEvent>of(overdue.get()));
            steps.record("review overdue in " + overdue.get().committee() + " (due " + overdue.get().due() + ")",
                    id.value());
            return 1;
        } catch (ConcurrentWrite e) {
            // a request or another replica changed it first; what is still due is found next time
            return 0;
        }
    }
}
