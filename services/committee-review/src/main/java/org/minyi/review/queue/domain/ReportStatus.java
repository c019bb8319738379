package org.minyi.review.queue.domain;

import java.util.EnumSet;
import java.util.Set;

/** A report's statuses (PRODUCT.md §3); a review item takes those from ROUTED to SENT_TO_LEADERS. */
public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN;

    private static final Set<ReportStatus> IN_QUEUE = EnumSet.of(ROUTED, UNDER_REVIEW);
    private static final Set<ReportStatus> WITHDRAWABLE = EnumSet.of(ROUTED, UNDER_REVIEW, RETURNED);
    private static final Set<ReportStatus> SENDABLE = EnumSet.of(ADOPTED, PUBLISHED);

    /** Waiting in the committee's queue: routed and not yet decided. */
    public boolean isInQueue() {
        return IN_QUEUE.contains(this);
    }

    /** The author may still withdraw it: the committee has not adopted or declined it. */
    public boolean isWithdrawable() {
        return WITHDRAWABLE.contains(this);
    }

    /** Adopted (and possibly published), so the office may send it to the leaders. */
    public boolean isSendable() {
        return SENDABLE.contains(this);
    }

    public static Set<ReportStatus> inQueue() {
        return EnumSet.copyOf(IN_QUEUE);
    }
}
