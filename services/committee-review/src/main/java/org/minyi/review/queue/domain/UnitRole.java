package org.minyi.review.queue.domain;

/** A handling unit's part: the lead unit (主办) answers for the matter, supporting units (协办) contribute. */
public enum UnitRole {
    LEAD, SUPPORT
}
