package org.minyi.routing.report.domain;

import java.util.EnumSet;
import java.util.Set;

/** A report's statuses (PRODUCT.md §3), as routing follows them on {@code report-status}. */
public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN;

    private static final Set<ReportStatus> ADOPTED_SINCE = EnumSet.of(ADOPTED, PUBLISHED, SENT_TO_LEADERS, ARCHIVED,
            INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED);
    private static final Set<ReportStatus> WITH_A_COMMITTEE = EnumSet.of(ROUTED, UNDER_REVIEW);

    /** Reached only after a committee adopted the report. */
    public boolean meansAdopted() {
        return ADOPTED_SINCE.contains(this);
    }

    /** In a committee's hands and not decided: the office may still send it elsewhere. */
    public boolean mayBeRerouted() {
        return WITH_A_COMMITTEE.contains(this);
    }
}
