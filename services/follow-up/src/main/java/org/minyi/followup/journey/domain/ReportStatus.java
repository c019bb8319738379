package org.minyi.followup.journey.domain;

/** A report's life (PRODUCT.md §3), as other services announce it. */
public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN
}
