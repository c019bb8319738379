package org.minyi.leadership.inbox.application;

import java.time.Instant;
import java.util.UUID;

import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.SentReport;

/**
 * A report sent to the leaders lands in their inbox. The item is stored under the report's id, so a
 * redelivered (or repeated) sending finds it there and creates nothing.
 */
public final class ReceivingReport {

    private final InboxItems items;

    public ReceivingReport(InboxItems items) {
        this.items = items;
    }

    /** @return whether a new item was created (false when the report already had one) */
    public boolean receive(ReportId id, SentReport report, UUID eventId, long sequence, Instant sentAt) {
        if (items.find(id).isPresent()) {
            return false;
        }
        try {
            items.add(InboxItem.receive(id, report, eventId, sequence, sentAt));
            return true;
        } catch (InboxItems.DuplicateItem e) {
            return false;
        }
    }
}
