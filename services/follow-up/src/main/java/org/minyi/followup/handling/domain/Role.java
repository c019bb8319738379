package org.minyi.followup.handling.domain;

/** The roles of PRODUCT.md §4 (LEADERS_OFFICE is the leaders' secretariat), plus SYSTEM for automatic steps. */
public enum Role {
    STATION, MEMBER, OFFICE, REVIEWER, LEADER, LEADERS_OFFICE, UNIT, VIEWER, SYSTEM
}
