package org.minyi.review.queue.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.minyi.review.queue.domain.OutboxMessage;

/** The relay's view of the events waiting inside stored review items. */
public interface Outbox {

    /** The waiting messages of these items, in the order they were decided. */
    List<Pending> pendingOf(Collection<String> reportIds);

    /** Items with a message that has waited since before {@code createdBefore}. */
    List<String> waitingSince(Instant createdBefore, int limit);

    /** Removes published messages from their item. */
    void markSent(String reportId, Collection<String> messageIds);

    record Pending(String reportId, List<OutboxMessage> messages) {
    }
}
