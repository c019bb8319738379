package org.minyi.followup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.minyi.followup.notification.application.DeliveryChannel;
import org.minyi.followup.notification.domain.Notice;

/** A delivery channel (say, an SMS gateway) that fails the first two attempts of every notice. */
public final class FlakyChannel implements DeliveryChannel {

    static final int FAILURES_EACH = 2;

    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    final List<Notice> delivered = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void deliver(Notice notice) {
        int attempt = attempts.merge(notice.noticeId() + "|" + notice.recipient(), 1, Integer::sum);
        if (attempt <= FAILURES_EACH) {
            throw new IllegalStateException("SMS gateway unreachable (attempt " + attempt + ")");
        }
        delivered.add(notice);
    }
}
