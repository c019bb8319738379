package org.minyi.events.status;

/** The statuses of a report's life (PRODUCT.md §3), as they appear on {@code report-status}. */
public enum ReportStatus {
    SUBMITTED,
    ROUTED,
    UNDER_REVIEW,
    RETURNED,
    ADOPTED,
    NOT_ADOPTED,
    MERGED,
    PUBLISHED,
    SENT_TO_LEADERS,
    ARCHIVED,
    INSTRUCTED,
    FORWARDED,
    IN_HANDLING,
    HANDLED,
    CLOSED,
    WITHDRAWN
}
