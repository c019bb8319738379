package org.minyi.review.queue.domain;

/** A review event that moves the report to another status (or, for a second issue, keeps it PUBLISHED). */
public sealed interface StatusChange extends ReviewEvent
        permits ReportClaimed, ReportAdopted, ReportDeclined, ReportReturned, ReportSentToLeaders, ReportMerged,
        ReportsMerged, ReportPublished, ReportTransferred {

    ReportStatus status();

    /** {@code null} for a composite's first status. */
    ReportStatus previousStatus();
}
