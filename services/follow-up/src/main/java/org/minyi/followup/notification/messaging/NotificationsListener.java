package org.minyi.followup.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.followup.FollowUpTopics;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.followup.notification.application.ReceivingNotices;
import org.minyi.followup.notification.domain.NoticeKind;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code followup.notifications} (follow-up's own topic, so that whatever raised a notification
 * never waits for feeds or channels): each notification lands in its recipients' feeds.
 */
public final class NotificationsListener {

    private final ReceivingNotices receiving;

    public NotificationsListener(ReceivingNotices receiving) {
        this.receiving = receiving;
    }

    // the group is the service's own (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "follow-up-" + FollowUpTopics.NOTIFICATIONS, topics = FollowUpTopics.NOTIFICATIONS,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (NotificationRaised.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), NotificationRaised.TYPE));
        }
    }

    void on(NotificationRaised e) {
        if (e.kind() == null || e.recipients() == null || e.recipients().isEmpty()) {
            throw new EventJson.UnreadableEventException(NotificationRaised.TYPE.name()
                    + ": kind and recipients are required");
        }
        receiving.receive(new ReceivingNotices.Raised(e.eventId().toString(), e.reportId(), e.trackingNumber(),
                e.recipients(), NoticeKind.valueOf(e.kind().name()), e.status() == null ? null : e.status().name(),
                e.unit(), e.occurredAt()));
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
