package org.minyi.review.queue.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.LeaderChoice;
import org.minyi.review.queue.domain.Leaders;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/** The office sends an adopted report, on its own, to the leaders it chooses (every county leader by default). */
public final class SendingToLeaders {

    private final ReviewItems items;
    private final Leaders leaders;
    private final Clock clock;

    public SendingToLeaders(ReviewItems items, Leaders leaders, Clock clock) {
        this.items = items;
        this.leaders = leaders;
        this.clock = clock;
    }

    /**
     * @param requested the leaders' codes as asked for ({@code leaders}); {@code null} or empty for every county leader
     * @throws org.minyi.chassis.problem.InvalidInput naming each unknown {@code leaders[i]}; nothing changes
     */
    public ReviewItem send(ReportId id, List<String> requested, Actor actor) {
        LeaderChoice.Chosen chosen = LeaderChoice.choose("leaders", requested, leaders);
        BrokenRules.throwIfAny(List.of(), chosen.broken());
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            ReportSentToLeaders sent = item.sendToLeaders(chosen.leaders(), actor, clock.instant());
            items.update(item, List.of(sent));
            return item;
        });
    }
}
