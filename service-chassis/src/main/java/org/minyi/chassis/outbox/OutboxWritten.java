package org.minyi.chassis.outbox;

/** Published in-process after a write that left events waiting in an aggregate's outbox: the relay's nudge. */
public record OutboxWritten(String store, String aggregateId) {
}
