package org.minyi.intake.report.domain;

import java.util.EnumSet;
import java.util.Set;

public enum ReportStatus {
    SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED, ADOPTED, NOT_ADOPTED, MERGED, PUBLISHED, SENT_TO_LEADERS,
    ARCHIVED, INSTRUCTED, FORWARDED, IN_HANDLING, HANDLED, CLOSED, WITHDRAWN;

    private static final Set<ReportStatus> BEFORE_DECISION = EnumSet.of(SUBMITTED, ROUTED, UNDER_REVIEW, RETURNED);

    /** The committee has not decided yet: the author may still withdraw. */
    public boolean isBeforeDecision() {
        return BEFORE_DECISION.contains(this);
    }
}
