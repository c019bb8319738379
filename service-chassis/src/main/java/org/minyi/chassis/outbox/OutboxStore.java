package org.minyi.chassis.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The relay's view of the events waiting inside the stored aggregates of one collection. A service
 * plugs its store in by exposing one of these as a bean ({@link MongoOutbox} is the MongoDB one).
 */
public interface OutboxStore {

    /** Which store this is; a nudge ({@link OutboxWritten}) names it. */
    String name();

    /** The waiting messages of these aggregates, in the order they were decided; aggregates with none are left out. */
    List<Pending> pendingOf(Collection<String> aggregateIds);

    /** Aggregates with a message that has waited since before {@code createdBefore}. */
    List<String> waitingSince(Instant createdBefore, int limit);

    /** Removes published messages from their aggregates, in one write where the store can. */
    void markSent(Map<String, ? extends Collection<String>> sent);

    /** Removes published messages from their aggregate. */
    default void markSent(String aggregateId, Collection<String> messageIds) {
        markSent(Map.of(aggregateId, messageIds));
    }

    record Pending(String aggregateId, List<OutboxMessage> messages) {

        public Pending {
            messages = List.copyOf(messages);
        }
    }
}
