package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Optional;

/** Where review items are kept. Each write stores the item and its outgoing events at once. */
public interface ReviewItems {

    Optional<ReviewItem> find(ReportId id);

    /** The item, if {@code visibility} lets the caller see it. */
    Optional<ReviewItem> findVisible(ReportId id, Visibility visibility);

    /** A committee's queue as the caller may see it: urgent first, then the oldest submission first. */
    PageOf<ReviewItem> queue(String committee, Visibility visibility, int page, int size);

    /**
     * Stores a new item with its outgoing events.
     *
     * @throws AlreadyHeld when an item for the report is already stored
     */
    void add(ReviewItem item, List<OutboxMessage> outgoing);

    /**
     * Stores a changed item with its outgoing events, if nobody changed it since it was read.
     *
     * @throws ConcurrentUpdate when somebody did
     */
    void update(ReviewItem item, List<OutboxMessage> outgoing);

    /** An item for this report is already stored. */
    class AlreadyHeld extends RuntimeException {

        public AlreadyHeld(String message) {
            super(message);
        }
    }

    /** The item changed after it was read; read it again and retry. */
    class ConcurrentUpdate extends RuntimeException {

        public ConcurrentUpdate(String message) {
            super(message);
        }
    }
}
