package org.minyi.dashboard.assessment.domain;

/** The roles of PRODUCT.md §4 (LEADERS_OFFICE is the leaders' secretariat), plus SYSTEM, which no caller holds. */
public enum Role {
    STATION, MEMBER, OFFICE, REVIEWER, LEADER, LEADERS_OFFICE, UNIT, VIEWER, SYSTEM
}
