package org.minyi.followup.handling.domain;

/** The part of a report's life that follow-up decides (PRODUCT.md §3). */
public enum HandlingStatus {
    /** Tasks were assigned and at least one unit has yet to feed back. */
    IN_HANDLING,
    /** Every unit has fed back; the authors may rate, the office may close. */
    HANDLED,
    CLOSED
}
