package org.minyi.intake.report.application;

/** Published in-process after a write that left events waiting in a report's outbox. */
public record OutboxWritten(String reportId) {
}
