package org.minyi.followup.outbox.application;

/** Published in-process after a write that left events waiting in an aggregate's outbox in {@code store}. */
public record OutboxWritten(String store, String reportId) {
}
