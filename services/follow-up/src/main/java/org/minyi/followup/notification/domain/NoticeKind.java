package org.minyi.followup.notification.domain;

/** What a notification is about. */
public enum NoticeKind {
    STATUS_CHANGED, TASK_ASSIGNED, TASK_OVERDUE, TASK_URGED, RATING_REQUESTED, REOPENED
}
