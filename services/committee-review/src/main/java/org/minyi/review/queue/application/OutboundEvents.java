package org.minyi.review.queue.application;

import java.util.ArrayList;
import java.util.List;

import org.minyi.review.queue.domain.OutboxMessage;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;

/** Turns what a review item decided into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(ReviewEvent event, ReviewItem item, Causation causation);

    /** The messages of several steps of one item, in order. */
    default List<OutboxMessage> translate(List<? extends ReviewEvent> events, ReviewItem item, Causation causation) {
        List<OutboxMessage> messages = new ArrayList<>();
        events.forEach(event -> messages.addAll(translate(event, item, causation)));
        return messages;
    }
}
