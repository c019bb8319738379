package org.minyi.routing.report.application;

/** Published in-process after a write that left events waiting in a case's outbox. */
public record OutboxWritten(String reportId) {
}
