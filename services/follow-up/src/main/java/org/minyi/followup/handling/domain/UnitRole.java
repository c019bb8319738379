package org.minyi.followup.handling.domain;

/** Lead unit (主办) or supporting unit (协办). */
public enum UnitRole {
    LEAD, SUPPORT
}
