package org.minyi.leadership.inbox.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.SentReport;

/**
 * A report sent to the leaders lands in their inbox. The item is stored under the report's id, so a
 * redelivered sending finds it there and creates nothing; another sending of the same report (another
 * event) adds the leaders it names.
 */
public final class ReceivingReport {

    private final InboxItems items;

    public ReceivingReport(InboxItems items) {
        this.items = items;
    }

    /**
     * @param leaders the codes of the leaders it was sent to; {@code null} or none for every leader
     * @return whether an item was created or widened (false for a redelivery)
     */
    public boolean receive(ReportId id, SentReport report, List<String> leaders, UUID eventId, long sequence,
                           Instant sentAt) {
        if (items.find(id).isEmpty()) {
            try {
                items.add(InboxItem.receive(id, report, leaders, eventId, sequence, sentAt));
                return true;
            } catch (InboxItems.DuplicateItem e) {
                // a concurrent delivery stored it first: it is now a sending to an item that exists
            }
        }
        return OnConflict.retry(() -> {
            InboxItem item = items.find(id).orElseThrow();
            if (!item.sentAgain(eventId, leaders)) {
                return false;
            }
            items.update(item, List.of());
            return true;
        });
    }
}
