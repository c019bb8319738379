package org.minyi.dashboard.handling.domain;

/** How the authors rated a report's handling. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

    /** 满意 and 基本满意 count as satisfied in the rate. */
    public boolean satisfied() {
        return this != UNSATISFIED;
    }
}
