package org.minyi.followup.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.minyi.followup.notification.domain.Delivery;
import org.minyi.followup.notification.domain.Feeds;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeKind;

/**
 * A notification raised for some principals lands in each one's feed, with a delivery waiting for each
 * channel (one that cannot fail, the log, delivers at once). A redelivered notification finds its
 * notices there and adds nothing.
 */
public final class ReceivingNotices {

    private final Feeds feeds;
    private final List<DeliveryChannel> channels;
    private final Clock clock;

    public ReceivingNotices(Feeds feeds, List<DeliveryChannel> channels, Clock clock) {
        this.feeds = feeds;
        this.channels = List.copyOf(channels);
        this.clock = clock;
    }

    public void receive(Raised raised) {
        Instant now = clock.instant();
        List<Delivery> pending = channels.stream().map(channel -> Delivery.pending(channel.name(), now)).toList();
        List<Notice> notices = new ArrayList<>();
        for (String recipient : new LinkedHashSet<>(raised.recipients())) {
            Notice notice = new Notice(raised.noticeId(), recipient, raised.reportId(), raised.trackingNumber(),
                    raised.kind(), raised.status(), raised.unit(), raised.occurredAt(), null, pending);
            for (DeliveryChannel channel : channels) {
                if (channel.deliversAtOnce()) {
                    try {
                        channel.deliver(notice);
                        notice = notice.attempted(channel.name(), null, now, 1, failed -> Duration.ZERO);
                    } catch (RuntimeException e) {
                        // left waiting: the delivery job tries again
                    }
                }
            }
            notices.add(notice);
        }
        feeds.add(notices);
    }

    /** A notification as raised, for several recipients. */
    public record Raised(String noticeId, String reportId, String trackingNumber, List<String> recipients,
                         NoticeKind kind, String status, String unit, Instant occurredAt) {
    }
}
