package org.minyi.followup.notification.application;

import java.time.Clock;
import java.util.List;

import org.minyi.followup.notification.domain.Feeds;
import org.minyi.followup.notification.domain.Notice;

/**
 * A principal reads its own feed and marks what it has read. Every store call is limited to that one
 * recipient; a caller without a feed ({@code null}) sees an empty one and can mark nothing.
 */
public final class ReadingFeed {

    private final Feeds feeds;
    private final Clock clock;

    public ReadingFeed(Feeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** A page of the feed, newest first; a page past the end is empty (and reads nothing). */
    public FeedPage page(String recipient, boolean unreadOnly, int page, int size) {
        if (none(recipient)) {
            return new FeedPage(List.of(), page, size, 0, 0);
        }
        long total = feeds.count(recipient, unreadOnly);
        List<Notice> items = (long) page * size >= total ? List.of() : feeds.page(recipient, unreadOnly, page, size);
        return new FeedPage(items, page, size, total, feeds.count(recipient, true));
    }

    /** @throws NoticeNotFound when the recipient has no such notice */
    public void markRead(String recipient, String noticeId) {
        if (none(recipient) || !feeds.markRead(recipient, noticeId, clock.instant())) {
            throw new NoticeNotFound(noticeId);
        }
    }

    public long markAllRead(String recipient) {
        if (none(recipient)) {
            return 0;
        }
        return feeds.markAllRead(recipient, clock.instant());
    }

    private static boolean none(String recipient) {
        return recipient == null || recipient.isBlank();
    }

    public record FeedPage(List<Notice> items, int page, int size, long total, long unread) {
    }

    /** No such notice in the caller's feed (another's is not told apart). */
    public static class NoticeNotFound extends RuntimeException {

        public NoticeNotFound(String id) {
            super("notification " + id + " not found");
        }
    }
}
