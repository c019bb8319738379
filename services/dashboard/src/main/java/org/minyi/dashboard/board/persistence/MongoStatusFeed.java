package org.minyi.dashboard.board.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.minyi.dashboard.board.domain.FeedEntry;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.StatusFeed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The feed in MongoDB. Ids come from one counter document ({@code findAndModify $inc}), so they
 * increase across every replica; the unique index on {@code eventId} stores a repeat once (its id is
 * then left unused, a hole that readers pass over).
 */
public class MongoStatusFeed implements StatusFeed {

    static final String COUNTERS = "counters";
    private static final String FEED_COUNTER = "feed";

    /** How many consecutive ids one lookup asks for. */
    private static final int ID_BATCH = 64;

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoStatusFeed(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void createIndexes() {
        mongo.indexOps(FeedEntryDocument.class).createIndex(new Index("eventId", Sort.Direction.ASC).unique());
        mongo.indexOps(FeedEntryDocument.class).createIndex(new Index("recordedAt", Sort.Direction.ASC));
    }

    @Override
    public boolean append(StatusChange change) {
        try {
            mongo.insert(toDocument(nextId(), change, clock.instant()));
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    /**
     * Entries above {@code id}, read by their ids: feed ids come from a counter, so the next entries have
     * the next numbers. Looking them up by {@code _id} stays cheap however long the feed grows, where a
     * range query with a sort would read the whole collection on servers without range indexes.
     */
    @Override
    public List<FeedEntry> after(long id, int limit) {
        long latest = latestId();
        List<FeedEntry> entries = new ArrayList<>();
        for (long from = id + 1; from <= latest && entries.size() < limit; from += ID_BATCH) {
            List<Long> ids = new ArrayList<>();
            for (long candidate = from; candidate < from + ID_BATCH && candidate <= latest; candidate++) {
                ids.add(candidate);
            }
            entries.addAll(byIds(ids));
        }
        entries.sort(Comparator.comparingLong(FeedEntry::id));
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    /** The entries at or below {@code id}, newest first, read by their ids. */
    @Override
    public List<FeedEntry> upTo(long id, int limit) {
        List<FeedEntry> entries = new ArrayList<>();
        for (long to = id; to >= 1 && entries.size() < limit; to -= ID_BATCH) {
            List<Long> ids = new ArrayList<>();
            for (long candidate = to; candidate > to - ID_BATCH && candidate >= 1; candidate--) {
                ids.add(candidate);
            }
            entries.addAll(byIds(ids));
        }
        entries.sort(Comparator.comparingLong(FeedEntry::id).reversed());
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    /** The last id handed out (entries may still be on their way up to it). */
    @Override
    public long latestId() {
        Document counter = mongo.findOne(Query.query(Criteria.where("_id").is(FEED_COUNTER)), Document.class,
                COUNTERS);
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    private List<FeedEntry> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), FeedEntryDocument.class).stream()
                .map(MongoStatusFeed::toEntry).toList();
    }

    @Override
    public long pruneRecordedBefore(Instant instant) {
        return mongo.remove(Query.query(Criteria.where("recordedAt").lt(instant)), FeedEntryDocument.class)
                .getDeletedCount();
    }

    private long nextId() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(FEED_COUNTER)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return counter.get("value", Number.class).longValue();
    }

    private static FeedEntryDocument toDocument(long id, StatusChange change, Instant recordedAt) {
        return new FeedEntryDocument(id, change.eventId().toString(), change.reportId(), change.trackingNumber(),
                change.status().name(), change.previousStatus() == null ? null : change.previousStatus().name(),
                change.sequence(), change.occurredAt(), change.township(), change.committee(), change.category(),
                change.actorRole(), change.actor(), recordedAt);
    }

    private static FeedEntry toEntry(FeedEntryDocument doc) {
        return new FeedEntry(doc.id(), new StatusChange(UUID.fromString(doc.eventId()), doc.reportId(),
                doc.trackingNumber(), ReportStatus.valueOf(doc.status()),
                doc.previousStatus() == null ? null : ReportStatus.valueOf(doc.previousStatus()), doc.sequence(),
                doc.occurredAt(), doc.township(), doc.committee(), doc.category(), doc.actorRole(), doc.actor(), null));
    }
}
