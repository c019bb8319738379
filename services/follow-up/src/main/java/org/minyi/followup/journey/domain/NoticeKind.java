package org.minyi.followup.journey.domain;

/** What the people on a report's path are told about it. */
public enum NoticeKind {
    /** The report moved on (routed, adopted, returned for revision, instructed…): to its authors and station. */
    STATUS_CHANGED,
    /** Every unit has fed back: please rate the handling. */
    RATING_REQUESTED,
    /** A new item in a committee's review queue (or the office's triage queue): to its reviewers. */
    NEW_IN_QUEUE,
    /** The report was sent to a leader: to that leader and the leaders' secretariat. */
    SENT_TO_LEADER,
    /** The report waited past its committee's review time limit: to the office and the committee's reviewers. */
    REVIEW_OVERDUE
}
