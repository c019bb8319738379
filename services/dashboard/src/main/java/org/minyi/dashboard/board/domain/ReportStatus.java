package org.minyi.dashboard.board.domain;

/** The statuses of a report's life (PRODUCT.md §3), in the order the board lists them. */
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
    WITHDRAWN;

    /** With a committee and not decided yet: the stretch a committee's review time limit measures. */
    public boolean isUndecidedWithACommittee() {
        return this == ROUTED || this == UNDER_REVIEW;
    }
}
