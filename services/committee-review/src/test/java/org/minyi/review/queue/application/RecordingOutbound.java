package org.minyi.review.queue.application;

import java.util.List;
import java.util.Map;

import org.minyi.review.queue.domain.OutboxMessage;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.StatusChange;

/** One message per domain event, naming the event and the status it announces: enough to count effects. */
public final class RecordingOutbound implements OutboundEvents {

    @Override
    public List<OutboxMessage> translate(ReviewEvent event, ReviewItem item, Causation causation) {
        String status = event instanceof StatusChange change ? change.status().name() : "-";
        return List.of(new OutboxMessage(event.eventId().toString(), "test", item.id().value(),
                Map.of("event", event.getClass().getSimpleName(), "status", status,
                        "sequence", Long.toString(event.sequence())), event.toString()));
    }

    public static String name(OutboxMessage message) {
        return message.headers().get("event");
    }
}
