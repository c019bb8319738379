package org.minyi.review.queue.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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

    /**
     * The reports named as possible duplicates of these items that the caller may open too: a reviewer
     * is shown only its own committee's, so a similar report elsewhere is never named to it.
     */
    public Set<ReportId> visibleDuplicates(Collection<ReviewItem> found, Actor actor) {
        Set<ReportId> named = new HashSet<>();
        found.forEach(item -> item.quality().possibleDuplicates().forEach(d -> named.add(d.reportId())));
        Visibility visibility = Visibility.of(actor);
        if (named.isEmpty() || visibility instanceof Visibility.All) {
            return named; // the office may open any report, also one not held here
        }
        return items.visibleAmong(named, visibility);
    }

    /** Items across the committees the caller may see (a reviewer: its own; the office: all). */
    public PageOf<ReviewItem> list(QueueFilter filter, Actor actor, int page, int size) {
        return items.list(filter, Visibility.of(actor), page, size);
    }
}
