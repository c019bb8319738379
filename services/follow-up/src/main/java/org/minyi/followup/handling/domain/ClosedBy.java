package org.minyi.followup.handling.domain;

/** Who closed a report: the office (办结), or the rule that closes a report nobody rated within 30 days. */
public enum ClosedBy {
    OFFICE, AUTOMATIC
}
