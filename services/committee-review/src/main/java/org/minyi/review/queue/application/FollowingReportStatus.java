package org.minyi.review.queue.application;

import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.StatusObservation;

/**
 * Follows the statuses other services announce for the reports in the queues: keeps each item's
 * sequence current and takes withdrawn reports out. Reports without an item are not ours; a stale or
 * repeated announcement writes nothing.
 */
public final class FollowingReportStatus {

    private final ReviewItems items;

    public FollowingReportStatus(ReviewItems items) {
        this.items = items;
    }

    /** @return whether an item changed */
    public boolean follow(ReportId id, StatusObservation change) {
        return OnConflict.retry(() -> {
            ReviewItem item = items.find(id).orElse(null);
            if (item == null || !item.observe(change)) {
                return false;
            }
            items.update(item, List.of());
            return true;
        });
    }
}
