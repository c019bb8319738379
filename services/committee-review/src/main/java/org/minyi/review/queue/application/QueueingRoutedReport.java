package org.minyi.review.queue.application;

import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewTimeLimits;
import org.minyi.review.queue.domain.RoutedReport;

/**
 * Puts a routed report into its committee's queue, or refreshes the item when routing sends a newer
 * revision, timing each stay in a queue against the committee's review time limit. A redelivered routing
 * creates nothing: the item is stored under the report id, and an item that applied the event id already
 * ignores it.
 */
public final class QueueingRoutedReport {

    private final ReviewItems items;
    private final ReviewTimeLimits limits;

    public QueueingRoutedReport(ReviewItems items, ReviewTimeLimits limits) {
        this.items = items;
        this.limits = limits;
    }

    /** @return whether the queue changed */
    public boolean queue(RoutedReport routed) {
        return OnConflict.retry(() -> {
            Optional<ReviewItem> held = items.find(routed.reportId());
            if (held.isEmpty()) {
                try {
                    items.add(ReviewItem.route(routed, limits), List.of());
                    return true;
                } catch (ReviewItems.AlreadyHeld e) {
                    // stored meanwhile: read it again and treat this routing as a later one
                    throw new ConcurrentWrite(e.getMessage());
                }
            }
            ReviewItem item = held.get();
            if (!item.reroute(routed, limits)) {
                return false;
            }
            items.update(item, List.of());
            return true;
        });
    }
}
