package org.minyi.review.queue.application;

import java.util.List;

import org.minyi.review.queue.domain.OutboxMessage;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;

/** Turns what a review item decided into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(ReviewEvent event, ReviewItem item, Causation causation);
}
