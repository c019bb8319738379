package org.minyi.followup.notification.domain;

import java.time.Instant;
import java.util.List;

/** Every principal's feed of notifications, and the deliveries still to make. */
public interface Feeds {

    /** Adds notices; one already there (the same notification for the same recipient) is left as it is. */
    void add(List<Notice> notices);

    /** The recipient's notices, newest first. */
    List<Notice> page(String recipient, boolean unreadOnly, int page, int size);

    long count(String recipient, boolean unreadOnly);

    /** @return whether the recipient has such a notice */
    boolean markRead(String recipient, String noticeId, Instant at);

    /** @return how many were marked */
    long markAllRead(String recipient, Instant at);

    /** Notices with a delivery due by {@code now}, the longest waiting first. */
    List<Notice> dueForDelivery(Instant now, int limit);

    /** Stores the deliveries of a notice after an attempt. */
    void saveDeliveries(Notice notice);
}
