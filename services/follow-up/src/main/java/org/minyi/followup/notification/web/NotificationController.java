package org.minyi.followup.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.web.Paging;
import org.minyi.followup.notification.application.ReadingFeed;
import org.minyi.followup.notification.domain.Notice;
import org.minyi.followup.notification.domain.NoticeTexts;
import org.minyi.followup.notification.domain.Reader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own in-app feed: what concerns it, newest first, with read marks. Whose feed it is comes
 * from the token alone; no parameter names a recipient, and another's notice answers 404.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final ReadingFeed reading;

    NotificationController(ReadingFeed reading) {
        this.reading = reading;
    }

    @GetMapping
    Feed feed(@RequestParam(defaultValue = "false") boolean unread,
              @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "20") int size,
              @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        ReadingFeed.FeedPage found = reading.page(feedOf(jwt), unread, paging.page(), paging.size());
        return new Feed(found.items().stream().map(Item::of).toList(), found.page(), found.size(), found.total(),
                found.unread());
    }

    @PostMapping("/{id}/read")
    Map<String, Object> read(@PathVariable String id, @RequestBody(required = false) NoBody body,
                             @AuthenticationPrincipal Jwt jwt) {
        reading.markRead(feedOf(jwt), id);
        return Map.of("id", id, "read", true);
    }

    @PostMapping("/read-all")
    Map<String, Object> readAll(@RequestBody(required = false) NoBody body, @AuthenticationPrincipal Jwt jwt) {
        return Map.of("marked", reading.markAllRead(feedOf(jwt)));
    }

    /** The caller's own feed, from its token only (never from the request); {@code null} when it has none. */
    private static String feedOf(Jwt jwt) {
        return Reader.feedOf(jwt.getSubject(), jwt.getClaimAsStringList("roles"),
                new Reader.Claims(jwt.getClaimAsString("township"), jwt.getClaimAsString("member"),
                        jwt.getClaimAsString("unit"), jwt.getClaimAsString("committee"),
                        jwt.getClaimAsString("leader"))).orElse(null);
    }

    /** One notification: codes, and the sentence a person reads, in Chinese and English. */
    record Item(String id, String reportId, String trackingNumber, String kind, String status, String unit,
                Instant occurredAt, boolean read, String message, String messageEn) {

        static Item of(Notice n) {
            return new Item(n.noticeId(), n.reportId(), n.trackingNumber(), n.kind().name(), n.status(), n.unit(),
                    n.occurredAt(), n.isRead(), NoticeTexts.zh(n), NoticeTexts.en(n));
        }
    }

    /** These endpoints take no body: nothing, or an empty object; any field is refused by name. */
    record NoBody() {
    }

    record Feed(List<Item> items, int page, int size, long total, long unread) {
    }
}
