package org.minyi.dashboard.handling.domain;

/** A unit's part in handling a report: lead (主办) or supporting (协办). */
public enum TaskRole {
    LEAD, SUPPORT
}
