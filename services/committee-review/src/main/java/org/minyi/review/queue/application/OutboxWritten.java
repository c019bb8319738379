package org.minyi.review.queue.application;

/** Published in-process after a write that left events waiting in an item's outbox. */
public record OutboxWritten(String reportId) {
}
