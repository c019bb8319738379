package org.minyi.review.queue.domain;

/** The roles of PRODUCT.md §4, plus SYSTEM for automatic steps. */
public enum Role {
    STATION, MEMBER, OFFICE, REVIEWER, LEADER, UNIT, VIEWER, SYSTEM
}
