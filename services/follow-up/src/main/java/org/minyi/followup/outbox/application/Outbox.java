package org.minyi.followup.outbox.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.minyi.followup.outbox.domain.OutboxMessage;

/**
 * The relay's view of the events waiting inside the stored aggregates of one collection (one
 * aggregate per report): handlings and journeys each keep their own.
 */
public interface Outbox {

    /** Which store this is; a nudge ({@link OutboxWritten}) names it. */
    String store();

    /** The waiting messages of these reports, in the order they were decided. */
    List<Pending> pendingOf(Collection<String> reportIds);

    /** Reports with a message that has waited since before {@code createdBefore}. */
    List<String> waitingSince(Instant createdBefore, int limit);

    /** Removes published messages from their report. */
    void markSent(String reportId, Collection<String> messageIds);

    record Pending(String reportId, List<OutboxMessage> messages) {
    }
}
