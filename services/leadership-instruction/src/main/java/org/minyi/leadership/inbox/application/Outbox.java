package org.minyi.leadership.inbox.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.minyi.leadership.inbox.domain.OutboxMessage;

/** The relay's view of the events waiting inside stored inbox items. */
public interface Outbox {

    /** The waiting messages of these reports, in the order they were decided. */
    List<Pending> pendingOf(Collection<String> reportIds);

    /** Reports with a message that has waited since before {@code createdBefore}. */
    List<String> waitingSince(Instant createdBefore, int limit);

    /** Removes published messages from their item. */
    void markSent(String reportId, Collection<String> messageIds);

    record Pending(String reportId, List<OutboxMessage> messages) {
    }
}
