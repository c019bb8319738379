package org.minyi.followup.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minyi.followup.notification.domain.Feeds;
import org.minyi.followup.notification.domain.Notice;

/** Feeds in a map, for tests of the use cases without a database. */
final class InMemoryFeeds implements Feeds {

    final Map<String, Notice> notices = new LinkedHashMap<>();

    @Override
    public void add(List<Notice> added) {
        added.forEach(n -> notices.putIfAbsent(n.noticeId() + "|" + n.recipient(), n));
    }

    @Override
    public List<Notice> page(String recipient, boolean unreadOnly, int page, int size) {
        return notices.values().stream().filter(n -> n.recipient().equals(recipient) && (!unreadOnly || !n.isRead()))
                .sorted(Comparator.comparing(Notice::occurredAt).reversed()).skip((long) page * size).limit(size)
                .toList();
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return page(recipient, unreadOnly, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public boolean markRead(String recipient, String noticeId, Instant at) {
        Notice n = notices.get(noticeId + "|" + recipient);
        if (n == null) {
            return false;
        }
        notices.put(noticeId + "|" + recipient, new Notice(n.noticeId(), n.recipient(), n.reportId(),
                n.trackingNumber(), n.kind(), n.status(), n.unit(), n.occurredAt(), at, n.deliveries()));
        return true;
    }

    @Override
    public long markAllRead(String recipient, Instant at) {
        List<Notice> unread = page(recipient, true, 0, Integer.MAX_VALUE);
        unread.forEach(n -> markRead(recipient, n.noticeId(), at));
        return unread.size();
    }

    @Override
    public List<Notice> dueForDelivery(Instant now, int limit) {
        List<Notice> due = new ArrayList<>();
        for (Notice n : notices.values()) {
            if (n.deliveryDueAt() != null && !n.deliveryDueAt().isAfter(now) && due.size() < limit) {
                due.add(n);
            }
        }
        return due;
    }

    @Override
    public void saveDeliveries(Notice notice) {
        notices.put(notice.noticeId() + "|" + notice.recipient(), notice);
    }
}
