package org.minyi.review.queue.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A report's statuses (PRODUCT.md §3); a review item takes those from ROUTED to SENT_TO_LEADERS. One more,
 * {@link #MERGING}, is this service's own: a composite whose constituents are still being merged. It is
 * never announced — the composite's first announced status is ADOPTED.
 */
public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN,
    /** A composite being assembled (综合中): internal, never on {@code report-status}. */
    MERGING;

    private static final Set<ReportStatus> IN_QUEUE = EnumSet.of(ROUTED, UNDER_REVIEW);
    private static final Set<ReportStatus> WITHDRAWABLE = EnumSet.of(ROUTED, UNDER_REVIEW, RETURNED);
    private static final Set<ReportStatus> PUBLISHABLE = EnumSet.of(ADOPTED, PUBLISHED);
    private static final Set<ReportStatus> ADOPTED_OR_LATER = EnumSet.of(ADOPTED, PUBLISHED, SENT_TO_LEADERS,
            ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED);

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
        return PUBLISHABLE.contains(this);
    }

    /** Adopted (and possibly published), so the office may transfer it straight to the departments (转送). */
    public boolean isTransferable() {
        return PUBLISHABLE.contains(this);
    }

    /** Adopted and not yet sent on, so an issue of 《社情民意》 or 《专报》 may carry it. */
    public boolean isPublishable() {
        return PUBLISHABLE.contains(this);
    }

    /** The committee adopted it, whatever happened since: upstream adoptions may be recorded. */
    public boolean isAdoptedOrLater() {
        return ADOPTED_OR_LATER.contains(this);
    }

    /** Whether {@code report-status} may carry it. */
    public boolean isAnnounced() {
        return this != MERGING;
    }

    public static Set<ReportStatus> inQueue() {
        return EnumSet.copyOf(IN_QUEUE);
    }
}
