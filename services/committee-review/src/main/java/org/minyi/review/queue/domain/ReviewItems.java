package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where review items are kept. Each write stores one item and the events it decided at once. */
public interface ReviewItems {

    Optional<ReviewItem> find(ReportId id);

    /** The item, if {@code visibility} lets the caller see it. */
    Optional<ReviewItem> findVisible(ReportId id, Visibility visibility);

    /** Those of {@code ids} that {@code visibility} lets the caller see. */
    Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility);

    /** The items the filter selects, as the caller may see them, in {@link QueueOrder}. */
    PageOf<ReviewItem> list(QueueFilter filter, Visibility visibility, int page, int size);

    /**
     * Items waiting undecided in a queue whose review time limit has passed by {@code now} and that are not yet
     * flagged for it, the longest overdue first.
     */
    List<ReportId> reviewOverdue(Instant now, int limit);

    /** Items waiting in a queue without a stint against the review time limit (stored before there was one). */
    List<ReportId> untimed(int limit);

    /**
     * The reports with a submission to a higher CPPCC sent in {@code year}, as the upstream ledger reads them (all
     * their submissions and adoptions, of any year).
     */
    List<UpstreamRecord> upstreamIn(int year);

    /** Composites still MERGING whose merge was planned before {@code plannedBefore}. */
    List<ReportId> mergingSince(Instant plannedBefore, int limit);

    /**
     * Stores a new item with the events it decided.
     *
     * @throws AlreadyHeld when an item for the report is already stored
     */
    void add(ReviewItem item, List<ReviewEvent> events);

    /**
     * Stores a changed item with the events it decided, in the order it decided them, if nobody changed it
     * since it was read; when somebody did, it throws the chassis's ConcurrentWrite and writes nothing.
     */
    void update(ReviewItem item, List<ReviewEvent> events);

    /**
     * Removes a composite that was never announced (nothing could be merged into it), if nobody changed
     * it since it was read; when somebody did, it throws the chassis's ConcurrentWrite and removes nothing.
     */
    void discard(ReviewItem unannounced);

    /** An item for this report is already stored. */
    class AlreadyHeld extends RuntimeException {

        public AlreadyHeld(String message) {
            super(message);
        }
    }
}
