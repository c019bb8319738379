package org.minyi.review.queue.application;

import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.QueueFilter;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewPolicy;
import org.minyi.review.queue.domain.Visibility;

/** Queues and review items as the caller may see them. */
public final class FindingReviewItems {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReviewItems items;

    public FindingReviewItems(ReviewItems items) {
        this.items = items;
    }

    public ReviewItem get(ReportId id, Actor actor) {
        return items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
    }

    /**
     * One committee's queue, filtered.
     *
     * @throws QueueNotFound for a committee whose queue the caller may not see
     */
    public PageOf<ReviewItem> queue(String committee, QueueFilter filter, Actor actor, int page, int size) {
        if (!ReviewPolicy.maySeeQueue(actor, committee)) {
            throw new QueueNotFound(committee);
        }
        return list(filter.inCommittee(committee), actor, page, size);
    }

    /** Items across the committees the caller may see (a reviewer: its own; the office: all). */
    public PageOf<ReviewItem> list(QueueFilter filter, Actor actor, int page, int size) {
        int cappedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return items.list(filter, Visibility.of(actor), Math.max(0, page), cappedSize);
    }
}
