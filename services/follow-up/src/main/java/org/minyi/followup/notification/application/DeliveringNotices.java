package org.minyi.followup.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minyi.followup.notification.domain.Delivery;
import org.minyi.followup.notification.domain.Feeds;
import org.minyi.followup.notification.domain.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's delivery job: every notice with a delivery due goes out through its channel; a
 * failure is stored with the next attempt's time (back-off), and after the last attempt the delivery
 * is given up and counted. Runs on the replica that holds the scheduler's lease, so a notice is sent
 * once in the normal case (at least once across a crash between sending and storing).
 */
public final class DeliveringNotices {

    private static final Logger log = LoggerFactory.getLogger(DeliveringNotices.class);
    private static final int BATCH = 200;
    private static final int MAX_BATCHES = 10;

    private final Feeds feeds;
    private final Map<String, DeliveryChannel> channels = new LinkedHashMap<>();
    private final RetryPolicy retry;
    private final Clock clock;
    private final Runnable onGiveUp;

    public DeliveringNotices(Feeds feeds, List<DeliveryChannel> channels, RetryPolicy retry, Clock clock,
                             Runnable onGiveUp) {
        this.feeds = feeds;
        channels.forEach(channel -> this.channels.put(channel.name(), channel));
        this.retry = retry;
        this.clock = clock;
        this.onGiveUp = onGiveUp;
    }

    /**
     * Delivers what is due, batch after batch, for at most {@code MAX_BATCHES} batches a tick.
     *
     * @return how many deliveries succeeded
     */
    public int deliverDue() {
        int delivered = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Notice> due = feeds.dueForDelivery(clock.instant(), BATCH);
            delivered += deliver(due, clock.instant());
            if (due.size() < BATCH) {
                break;
            }
        }
        return delivered;
    }

    private int deliver(List<Notice> due, Instant now) {
        int delivered = 0;
        for (Notice notice : due) {
            Notice after = notice;
            for (Delivery delivery : notice.deliveries()) {
                if (!delivery.isDue(now)) {
                    continue;
                }
                String error = attempt(channels.get(delivery.channel()), notice, delivery.channel());
                after = after.attempted(delivery.channel(), error, now, retry.maxAttempts(), retry::backOff);
                if (error == null) {
                    delivered++;
                } else if (delivery.attempts() + 1 >= retry.maxAttempts()) {
                    onGiveUp.run();
                    log.warn("Gave up delivering notification {} to {} through {} after {} attempts: {}",
                            notice.noticeId(), notice.recipient(), delivery.channel(), delivery.attempts() + 1, error);
                }
            }
            feeds.saveDeliveries(after);
        }
        return delivered;
    }

    /** @return {@code null} when delivered, else why not */
    private static String attempt(DeliveryChannel channel, Notice notice, String name) {
        if (channel == null) {
            return "channel " + name + " is not configured";
        }
        try {
            channel.deliver(notice);
            return null;
        } catch (RuntimeException e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            return message.length() > 200 ? message.substring(0, 200) : message;
        }
    }
}
