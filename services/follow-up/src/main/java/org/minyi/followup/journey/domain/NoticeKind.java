package org.minyi.followup.journey.domain;

/** What the authors and the station are told about their report. */
public enum NoticeKind {
    /** The report moved on (routed, adopted, returned for revision, instructed…). */
    STATUS_CHANGED,
    /** Every unit has fed back: please rate the handling. */
    RATING_REQUESTED
}
