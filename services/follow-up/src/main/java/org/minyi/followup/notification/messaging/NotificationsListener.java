package org.minyi.followup.notification.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.followup.notification.application.ReceivingNotices;
import org.minyi.followup.notification.domain.NoticeKind;

/**
 * Follows {@code followup.notifications} (binding {@code notifications}; follow-up's own topic, so that
 * whatever raised a notification never waits for feeds or channels): each notification lands in its
 * recipients' feeds.
 */
public final class NotificationsListener implements Consumer<InboundEvent> {

    private final ReceivingNotices receiving;

    public NotificationsListener(ReceivingNotices receiving) {
        this.receiving = receiving;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(NotificationRaised.TYPE).ifPresent(this::on);
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
}
