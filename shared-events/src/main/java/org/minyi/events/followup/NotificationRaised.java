package org.minyi.events.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.status.ReportStatus;

/**
 * A change that concerns some principals (authors, a station, a unit, a committee's reviewers, a leader,
 * the office): what their in-app feeds and
 * delivery channels tell them. Codes only — never report text.
 *
 * @param recipients principal names, e.g. {@code member-m0004}, {@code station-chengguan}, {@code unit-transport},
 *                   {@code reviewer-economy}, {@code leader-county-head}, {@code leader} (the secretariat), {@code office}
 * @param status     the report's status, for STATUS_CHANGED
 * @param unit       the unit concerned, for task notifications
 */
public record NotificationRaised(
        UUID eventId,
        String reportId,
        long sequence,
        Instant occurredAt,
        String trackingNumber,
        List<String> recipients,
        Kind kind,
        ReportStatus status,
        String unit) implements ReportEvent {

    public static final EventType<NotificationRaised> TYPE =
            new EventType<>("minyi.followup.NotificationRaised.v1", NotificationRaised.class, FollowUpTopics.NOTIFICATIONS);

    public enum Kind {
        STATUS_CHANGED, TASK_ASSIGNED, TASK_OVERDUE, TASK_URGED, RATING_REQUESTED, REOPENED,
        /** a new item in the committee's review queue */
        NEW_IN_QUEUE,
        /** a report was sent to the leader */
        SENT_TO_LEADER,
        /** a report waited past its committee's review time limit */
        REVIEW_OVERDUE
    }
}
