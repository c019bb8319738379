package org.minyi.followup.handling.application;

/** Published in-process after a write that left events waiting in a handling's outbox. */
public record OutboxWritten(String reportId) {
}
