package org.minyi.review.queue.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.mongo.MongoPages;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Review items in MongoDB, one document per report (its id is the report id, so a redelivered routing
 * cannot create a second). An item, the event ids it applied and its waiting events (the chassis's
 * {@link MongoOutbox}) are one document, so every change is a single atomic write; {@code version} guards
 * against lost updates ({@link ConcurrentWrite}).
 */
public class MongoReviewItems implements ReviewItems {

    private static final String REVIEW_ATTENTION = "reviewAttentionAt";
    private static final String UPSTREAM_YEARS = "upstreamYears";

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<ReviewItem, ReviewEvent> translation;

    public MongoReviewItems(MongoTemplate mongo, MongoOutbox outbox,
                            EventTranslation<ReviewItem, ReviewEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /**
     * Creates the indexes the queries rely on: a committee's queue by committee and status, in queue order;
     * the lists across committees, the merge sweep (MERGING composites) and the untimed items by status; the
     * review time limit's scheduler by {@code reviewAttentionAt} (sparse: only items it may have to flag hold
     * the field); the upstream ledger by {@code upstreamYears} (sparse and multikey: only reports sent up hold it,
     * once per year they were sent up in); the relay's sweep.
     */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReviewItemDocument.class);
        indexes.createIndex(new Index("committee", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("queueRank", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("queueRank", Sort.Direction.ASC));
        indexes.createIndex(new Index(REVIEW_ATTENTION, Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index(UPSTREAM_YEARS, Sort.Direction.ASC).sparse());
        outbox.createIndexes();
    }

    /**
     * Gives items stored before queues were ordered by {@code queueRank} their rank, so that they sort
     * where they belong; each is one single-document write, and a repeat finds nothing left to do.
     *
     * @return how many items it ranked
     */
    public int rankUnrankedItems() {
        Query unranked = Query.query(Criteria.where("queueRank").exists(false));
        unranked.fields().include("_id").include("content.urgent").include("submittedAt");
        int ranked = 0;
        for (Document doc : mongo.find(unranked, Document.class, ReviewItemDocument.COLLECTION)) {
            Document content = doc.get("content", Document.class);
            boolean urgent = content != null && Boolean.TRUE.equals(content.getBoolean("urgent"));
            Date submitted = doc.getDate("submittedAt");
            long rank = QueueOrder.rank(urgent, submitted == null ? null : submitted.toInstant());
            mongo.updateFirst(Query.query(Criteria.where("_id").is(doc.get("_id")).and("queueRank").exists(false)),
                    new Update().set("queueRank", rank), ReviewItemDocument.COLLECTION);
            ranked++;
        }
        return ranked;
    }

    @Override
    public Optional<ReviewItem> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ReviewItemDocument.class))
                .map(ReviewItemMapping::toItem);
    }

    @Override
    public Optional<ReviewItem> findVisible(ReportId id, Visibility visibility) {
        return whereVisible(visibility, List.of(Criteria.where("_id").is(id.value())))
                .map(query -> mongo.findOne(query, ReviewItemDocument.class))
                .map(ReviewItemMapping::toItem);
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        Optional<Query> visible = whereVisible(visibility,
                List.of(Criteria.where("_id").in(ids.stream().map(ReportId::value).toList())));
        if (ids.isEmpty() || visible.isEmpty()) {
            return Set.of();
        }
        Query query = visible.get();
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).collect(Collectors.toSet());
    }

    @Override
    public PageOf<ReviewItem> list(QueueFilter filter, Visibility visibility, int page, int size) {
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(Criteria.where("status").in(filter.statuses().stream().map(Enum::name).toList()));
        if (filter.committee() != null) {
            conditions.add(Criteria.where("committee").is(filter.committee()));
        }
        if (filter.township() != null) {
            conditions.add(Criteria.where("content.township").is(filter.township()));
        }
        if (filter.category() != null) {
            conditions.add(Criteria.where("content.category").is(filter.category().name()));
        }
        if (filter.topicId() != null) {
            conditions.add(Criteria.where("content.topicId").is(filter.topicId()));
        }
        Sort queueOrder = Sort.by(Sort.Order.asc("queueRank"), Sort.Order.asc("_id"));
        return whereVisible(visibility, conditions)
                .map(query -> {
                    query.fields().exclude(MongoOutbox.FIELD).exclude("appliedEvents");
                    MongoPages.Found<ReviewItem> found = MongoPages.read(mongo, query, ReviewItemDocument.class,
                            queueOrder, page, size).map(ReviewItemMapping::toItem);
                    return new PageOf<>(found.items(), page, size, found.total());
                })
                .orElseGet(() -> new PageOf<>(List.of(), page, size, 0));
    }

    @Override
    public List<ReportId> reviewOverdue(Instant now, int limit) {
        Query query = Query.query(Criteria.where(REVIEW_ATTENTION).lte(now))
                .with(Sort.by(Sort.Order.asc(REVIEW_ATTENTION), Sort.Order.asc("_id"))).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).toList();
    }

    @Override
    public List<ReportId> untimed(int limit) {
        Query query = Query.query(Criteria.where("status").in(ReportStatus.inQueue().stream().map(Enum::name).toList())
                .and("reviewStint").exists(false)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).toList();
    }

    /**
     * By the {@code upstreamYears} index (an equality on its key), reading only what the ledger shows: a year's
     * reports sent up are few (a county sends some hundreds), so the ledger is assembled and paged in memory.
     */
    @Override
    public List<UpstreamRecord> upstreamIn(int year) {
        Query query = Query.query(Criteria.where(UPSTREAM_YEARS).is(year)).with(Sort.by(Sort.Order.asc("_id")));
        query.fields().include("_id").include("trackingNumber").include("committee").include("content.title")
                .include("upstreamSubmissions").include("upstreamAdoptions");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> ReviewItemMapping.toUpstreamRecord(doc, mongo.getConverter())).toList();
    }

    @Override
    public List<ReportId> mergingSince(Instant plannedBefore, int limit) {
        Query query = Query.query(Criteria.where("status").is(ReportStatus.MERGING.name())
                .and("merge.plannedAt").lt(plannedBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).toList();
    }

    @Override
    public void discard(ReviewItem unannounced) {
        Query query = Query.query(Criteria.where("_id").is(unannounced.id().value())
                .and("version").is(unannounced.version()).and("status").is(ReportStatus.MERGING.name()));
        if (mongo.remove(query, ReviewItemDocument.class).getDeletedCount() == 0) {
            throw new ConcurrentWrite("composite " + unannounced.id() + " changed since version "
                    + unannounced.version());
        }
    }

    @Override
    public void add(ReviewItem item, List<ReviewEvent> events) {
        try {
            outbox.insert(ReviewItemMapping.toDocument(item), item.id().value(), translation.translate(item, events));
        } catch (DuplicateKeyException e) {
            throw new AlreadyHeld("report " + item.id() + " already has a review item");
        }
    }

    @Override
    public void update(ReviewItem item, List<ReviewEvent> events) {
        outbox.update(ReviewItemMapping.toDocument(item), item.id().value(), item.version(),
                translation.translate(item, events));
    }

    /**
     * The conditions, and the one that limits them to what the caller may see, as one query; empty when the
     * caller may see nothing. A reviewer's own committee and a committee filter may both stand in it.
     */
    private static Optional<Query> whereVisible(Visibility visibility, List<Criteria> conditions) {
        List<Criteria> all = new ArrayList<>(conditions);
        if (visibility instanceof Visibility.OfCommittee committee) {
            all.add(Criteria.where("committee").is(committee.committee()));
        } else if (!(visibility instanceof Visibility.All)) {
            return Optional.empty();
        }
        return Optional.of(Query.query(all.size() == 1 ? all.get(0) : new Criteria().andOperator(all)));
    }
}
