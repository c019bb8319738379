package org.minyi.followup.handling.domain;

/**
 * The stages of a report's life whose entry times are published when it closes, for statistics:
 * submitted → adopted → instructed (or forwarded) → handled → closed.
 */
public enum Stage {
    SUBMITTED, ADOPTED, INSTRUCTED, FORWARDED, HANDLED, CLOSED
}
