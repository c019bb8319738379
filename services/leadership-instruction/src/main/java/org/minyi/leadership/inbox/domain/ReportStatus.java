package org.minyi.leadership.inbox.domain;

/** A report's life (PRODUCT.md §3). An inbox item itself is only ever in the four leadership statuses. */
public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN
}
