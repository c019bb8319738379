package org.minyi.review.queue.application;

import java.time.Clock;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/** The office sends an adopted report, on its own, to the leaders' inbox. */
public final class SendingToLeaders {

    private final ReviewItems items;
    private final OutboundEvents outbound;
    private final Clock clock;

    public SendingToLeaders(ReviewItems items, OutboundEvents outbound, Clock clock) {
        this.items = items;
        this.outbound = outbound;
        this.clock = clock;
    }

    public ReviewItem send(ReportId id, Actor actor, Causation causation) {
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            ReportSentToLeaders sent = item.sendToLeaders(actor, clock.instant());
            items.update(item, outbound.translate(sent, item, causation));
            return item;
        });
    }
}
