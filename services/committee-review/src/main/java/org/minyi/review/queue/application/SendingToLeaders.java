package org.minyi.review.queue.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/** The office sends an adopted report, on its own, to the leaders' inbox. */
public final class SendingToLeaders {

    private final ReviewItems items;
    private final Clock clock;

    public SendingToLeaders(ReviewItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public ReviewItem send(ReportId id, Actor actor) {
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            ReportSentToLeaders sent = item.sendToLeaders(actor, clock.instant());
            items.update(item, List.of(sent));
            return item;
        });
    }
}
