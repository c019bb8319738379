package org.minyi.leadership.inbox.domain;

import java.util.List;
import java.util.Optional;

/** Where inbox items are kept. Each write stores the item and the events it decided at once. */
public interface InboxItems {

    Optional<InboxItem> find(ReportId id);

    /** The item, if {@code visibility} lets the caller see it. */
    Optional<InboxItem> findVisible(ReportId id, Visibility visibility);

    /** Items whose inbox status is {@code status}, urgent first, then newest. */
    PageOf<InboxItem> listed(Visibility visibility, ReportStatus status, int page, int size);

    /**
     * Stores a new item. Receiving a report decides nothing that is announced, so a new item has no events.
     *
     * @throws DuplicateItem when the report already has one
     */
    void add(InboxItem item);

    /**
     * Stores a changed item with the events it decided (none for a status it merely observed), if nobody
     * changed it since it was read. If somebody did, nothing is written and the store throws the chassis's
     * {@code ConcurrentWrite}: the use case reads the item again and decides again.
     */
    void update(InboxItem item, List<InboxEvent> events);

    /** The report already has an inbox item. */
    class DuplicateItem extends RuntimeException {

        public DuplicateItem(String message) {
            super(message);
        }
    }
}
