package org.minyi.review.queue.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.QueueFilter;
import org.minyi.review.queue.domain.QueueOrder;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.UpstreamRecord;
import org.minyi.review.queue.domain.Visibility;

/**
 * Review items kept in memory as a store keeps them: each read is a copy, each write checks the version,
 * and the events of each write are kept per item. A write can be made to fail, as a crash would.
 */
public final class InMemoryReviewItems implements ReviewItems {

    private final Map<ReportId, ReviewItem.Stored> stored = new LinkedHashMap<>();
    private final Map<ReportId, List<ReviewEvent>> events = new LinkedHashMap<>();
    private Predicate<ReviewItem> crashWhen = item -> false;

    /** The next write of an item matching {@code when} fails, once, before anything is stored. */
    public void crashOnWriteOf(Predicate<ReviewItem> when) {
        crashWhen = when;
    }

    /** Every event written for the report, in order. */
    public List<ReviewEvent> eventsOf(ReportId id) {
        return events.getOrDefault(id, List.of());
    }

    /** What an event is called, e.g. {@code ReportPublished}: enough to count effects. */
    public static String name(ReviewEvent event) {
        return event.getClass().getSimpleName();
    }

    public ReviewItem get(ReportId id) {
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ReviewItem> find(ReportId id) {
        return Optional.ofNullable(stored.get(id)).map(ReviewItem::restore);
    }

    @Override
    public Optional<ReviewItem> findVisible(ReportId id, Visibility visibility) {
        return find(id).filter(item -> visible(item, visibility));
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        return ids.stream().filter(id -> findVisible(id, visibility).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public PageOf<ReviewItem> list(QueueFilter filter, Visibility visibility, int page, int size) {
        List<ReviewItem> all = stored.values().stream().map(ReviewItem::restore)
                .filter(item -> visible(item, visibility))
                .filter(item -> filter.statuses().contains(item.status()))
                .filter(item -> filter.committee() == null || filter.committee().equals(item.committee()))
                .sorted(Comparator.comparingLong(item -> QueueOrder.rank(item.content().urgent(), item.submittedAt())))
                .toList();
        return new PageOf<>(all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size());
    }

    @Override
    public List<ReportId> reviewOverdue(Instant now, int limit) {
        return stored.values().stream().map(ReviewItem::restore)
                .filter(item -> item.reviewAttentionAt() != null && !item.reviewAttentionAt().isAfter(now))
                .sorted(Comparator.comparing(ReviewItem::reviewAttentionAt))
                .map(ReviewItem::id).limit(limit).toList();
    }

    @Override
    public List<ReportId> untimed(int limit) {
        return stored.values().stream().map(ReviewItem::restore)
                .filter(item -> item.status().isInQueue() && item.stint() == null)
                .map(ReviewItem::id).limit(limit).toList();
    }

    @Override
    public List<UpstreamRecord> upstreamIn(int year) {
        return stored.values().stream().map(ReviewItem::restore)
                .filter(item -> item.upstreamSubmissions().stream().anyMatch(s -> s.submittedOn().getYear() == year))
                .map(item -> new UpstreamRecord(item.id(), item.trackingNumber(), item.content().title(),
                        item.committee(), item.upstreamSubmissions(), item.upstreamAdoptions()))
                .toList();
    }

    @Override
    public List<ReportId> mergingSince(Instant plannedBefore, int limit) {
        return stored.values().stream().map(ReviewItem::restore)
                .filter(item -> item.status() == ReportStatus.MERGING && item.merge().plannedAt().isBefore(plannedBefore))
                .map(ReviewItem::id).limit(limit).toList();
    }

    @Override
    public void add(ReviewItem item, List<ReviewEvent> decided) {
        crashIfAsked(item);
        if (stored.containsKey(item.id())) {
            throw new AlreadyHeld("report " + item.id() + " already has a review item");
        }
        write(item, 1, decided);
    }

    @Override
    public void update(ReviewItem item, List<ReviewEvent> decided) {
        crashIfAsked(item);
        ReviewItem.Stored current = stored.get(item.id());
        if (current == null || current.version() != item.version()) {
            throw new ConcurrentWrite("review item " + item.id() + " changed since version " + item.version());
        }
        write(item, item.version() + 1, decided);
    }

    @Override
    public void discard(ReviewItem unannounced) {
        ReviewItem.Stored current = stored.get(unannounced.id());
        if (current == null || current.version() != unannounced.version()) {
            throw new ConcurrentWrite("composite " + unannounced.id() + " changed");
        }
        stored.remove(unannounced.id());
    }

    /** Stores an item as it is, outside any use case: a test's starting point. */
    public ReviewItem given(ReviewItem item) {
        write(item, item.version() + 1, List.of());
        return get(item.id());
    }

    private void write(ReviewItem item, long version, List<ReviewEvent> decided) {
        stored.put(item.id(), snapshot(item, version));
        events.computeIfAbsent(item.id(), id -> new ArrayList<>()).addAll(decided);
    }

    private void crashIfAsked(ReviewItem item) {
        if (crashWhen.test(item)) {
            crashWhen = any -> false;
            throw new IllegalStateException("simulated crash while writing " + item.id());
        }
    }

    private static boolean visible(ReviewItem item, Visibility visibility) {
        if (visibility instanceof Visibility.All) {
            return true;
        }
        return visibility instanceof Visibility.OfCommittee of && of.committee().equals(item.committee());
    }

    static ReviewItem.Stored snapshot(ReviewItem i, long version) {
        return new ReviewItem.Stored(i.id(), i.trackingNumber(), i.revision(), i.committee(), i.previousCommittee(),
                i.content(), i.quality(), i.submittedAt(), i.routedAt(), i.status(), i.sequence(), i.routedSequence(),
                i.claim(), i.decision(), i.sentToLeadersAt(), i.sentTo(), i.transfer(), i.stint(), i.mergedInto(),
                i.merge(), i.publications(),
                i.upstreamAdoptions(), i.upstreamSubmissions(), i.updatedAt(), i.appliedEvents(), version);
    }
}
