package org.minyi.intake.report.domain;

/** Optional narrowing of a report list; {@code null} means any. */
public record ReportFilter(ReportStatus status, String township) {
}
