package org.minyi.followup.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One notification in one principal's feed, and its deliveries through the channels. Codes only, like
 * the event it comes from; {@link NoticeTexts} words it.
 *
 * @param noticeId  the id of the event that raised it (shared by all its recipients)
 * @param recipient the principal whose feed it is in, e.g. {@code member-m0004}
 * @param status    the report's status it tells of, or {@code null}
 * @param unit      the unit concerned, for task notifications, or {@code null}
 * @param readAt    when the recipient marked it read, or {@code null}
 */
public record Notice(String noticeId, String recipient, String reportId, String trackingNumber, NoticeKind kind,
                     String status, String unit, Instant occurredAt, Instant readAt, List<Delivery> deliveries) {

    public Notice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    /**
     * The outcome of one attempt through a channel: delivered; or failed, to be tried again after the
     * back-off for the attempts made, until {@code maxAttempts} have failed.
     */
    public Notice attempted(String channel, String error, Instant now, int maxAttempts,
                            IntFunction<Duration> backOff) {
        List<Delivery> changed = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (!delivery.channel().equals(channel) || !delivery.isPending()) {
                changed.add(delivery);
            } else if (error == null) {
                changed.add(delivery.delivered(now));
            } else if (delivery.attempts() + 1 >= maxAttempts) {
                changed.add(delivery.gaveUp(error, now));
            } else {
                changed.add(delivery.failed(error, now.plus(backOff.apply(delivery.attempts() + 1))));
            }
        }
        return new Notice(noticeId, recipient, reportId, trackingNumber, kind, status, unit, occurredAt, readAt,
                changed);
    }

    /** The earliest next attempt of a pending delivery, or {@code null} when none is pending. */
    public Instant deliveryDueAt() {
        Instant due = null;
        for (Delivery delivery : deliveries) {
            if (delivery.isPending() && (due == null || delivery.nextAttemptAt().isBefore(due))) {
                due = delivery.nextAttemptAt();
            }
        }
        return due;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
