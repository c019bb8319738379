package org.minyi.leadership.inbox.application;

import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.StatusAnnouncement;

/**
 * Keeps each item's sequence current with what other services announce (follow-up moves a report to
 * IN_HANDLING, HANDLED…), so that a later instruction is newer than all of it. Reports without an
 * item, repeats and stale announcements change nothing and cost no write.
 */
public final class FollowingReportStatus {

    private final InboxItems items;

    public FollowingReportStatus(InboxItems items) {
        this.items = items;
    }

    /** @return whether the item changed */
    public boolean follow(ReportId id, StatusAnnouncement announcement) {
        return OnConflict.retry(() -> {
            InboxItem item = items.find(id).orElse(null);
            if (item == null || !item.observe(announcement)) {
                return false;
            }
            items.update(item, List.of());
            return true;
        });
    }
}
