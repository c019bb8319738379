package org.minyi.review.queue.application;

import java.time.Clock;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/**
 * A reviewer of the committee claims a routed report and decides it. When a step returns, the item's
 * new state and the events announcing it are durable together.
 */
public final class ReviewingReport {

    private final ReviewItems items;
    private final OutboundEvents outbound;
    private final Clock clock;

    public ReviewingReport(ReviewItems items, OutboundEvents outbound, Clock clock) {
        this.items = items;
        this.outbound = outbound;
        this.clock = clock;
    }

    public ReviewItem claim(ReportId id, Actor actor, Causation causation) {
        return OnConflict.retry(() -> {
            ReviewItem item = visible(id, actor);
            return store(item, item.claim(actor, clock.instant()), causation);
        });
    }

    public ReviewItem decide(ReportId id, Decision decision, Actor actor, Causation causation) {
        return OnConflict.retry(() -> {
            ReviewItem item = visible(id, actor);
            return store(item, item.decide(decision, actor, clock.instant()), causation);
        });
    }

    private ReviewItem visible(ReportId id, Actor actor) {
        return items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
    }

    private ReviewItem store(ReviewItem item, ReviewEvent event, Causation causation) {
        items.update(item, outbound.translate(event, item, causation));
        return item;
    }
}
