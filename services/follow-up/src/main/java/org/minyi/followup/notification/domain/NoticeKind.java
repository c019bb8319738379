package org.minyi.followup.notification.domain;

/** What a notification is about. */
public enum NoticeKind {
    STATUS_CHANGED, TASK_ASSIGNED, TASK_OVERDUE, TASK_URGED, RATING_REQUESTED, REOPENED,
    /** a new item in a committee's review queue (or the office's triage queue) */
    NEW_IN_QUEUE,
    /** a report was sent to the leader */
    SENT_TO_LEADER,
    /** a report waited past its committee's review time limit */
    REVIEW_OVERDUE
}
