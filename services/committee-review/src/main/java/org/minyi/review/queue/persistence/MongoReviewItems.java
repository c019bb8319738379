package org.minyi.review.queue.persistence;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.QueueFilter;
import org.minyi.review.queue.domain.QueueOrder;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
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
 * against lost updates.
 */
public class MongoReviewItems implements ReviewItems {

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", MongoOutbox.FIELD, "_class");

    /** Stored field names; a field the written document lacks was cleared and is unset. */
    private static final List<String> FIELDS = Arrays.stream(ReviewItemDocument.class.getRecordComponents())
            .map(RecordComponent::getName).map(name -> name.equals("id") ? "_id" : name)
            .filter(name -> !NOT_SET_ON_UPDATE.contains(name)).toList();

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<ReviewItem, ReviewEvent> translation;

    public MongoReviewItems(MongoTemplate mongo, MongoOutbox outbox,
                            EventTranslation<ReviewItem, ReviewEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /** Creates the indexes the queue queries, the relay's sweep and the merge sweep rely on. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReviewItemDocument.class);
        indexes.createIndex(new Index("committee", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("queueRank", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("queueRank", Sort.Direction.ASC));
        outbox.createIndexes();
        indexes.createIndex(new Index("merge.plannedAt", Sort.Direction.ASC).sparse());
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
        return visible(visibility)
                .map(criteria -> mongo.findOne(byId(id.value(), criteria), ReviewItemDocument.class))
                .map(ReviewItemMapping::toItem);
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        Optional<Criteria> visible = visible(visibility);
        if (ids.isEmpty() || visible.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(ReportId::value).toList())
                .andOperator(visible.get()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewItemDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).collect(Collectors.toSet());
    }

    @Override
    public PageOf<ReviewItem> list(QueueFilter filter, Visibility visibility, int page, int size) {
        Optional<Criteria> visible = visible(visibility);
        if (visible.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(visible.get());
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
        Query query = Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, ReviewItemDocument.class);
        long skip = (long) page * size;
        if (skip >= total) {
            // past the end (the driver skips an int: a far page must not wrap round to an early one)
            return new PageOf<>(List.of(), page, size, total);
        }
        query.with(Sort.by(Sort.Order.asc("queueRank"), Sort.Order.asc("_id"))).skip(skip).limit(size);
        query.fields().exclude(MongoOutbox.FIELD).exclude("appliedEvents");
        List<ReviewItem> items = mongo.find(query, ReviewItemDocument.class).stream()
                .map(ReviewItemMapping::toItem).toList();
        return new PageOf<>(items, page, size, total);
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
            throw new ConcurrentUpdate("composite " + unannounced.id() + " changed since version "
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
        List<OutboxMessage> outgoing = translation.translate(item, events);
        Document stored = new Document();
        mongo.getConverter().write(ReviewItemMapping.toDocument(item), stored);
        Update update = new Update();
        for (String field : FIELDS) {
            Object value = stored.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        }
        update.inc("version", 1);
        outbox.push(update, outgoing);
        Query query = Query.query(Criteria.where("_id").is(item.id().value()).and("version").is(item.version()));
        UpdateResult result = mongo.updateFirst(query, update, ReviewItemDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("review item " + item.id() + " changed since version " + item.version());
        }
        outbox.written(item.id().value(), outgoing);
    }

    /** The condition that limits a query to what the caller may see; empty when nothing is visible. */
    private static Optional<Criteria> visible(Visibility visibility) {
        if (visibility instanceof Visibility.All) {
            return Optional.of(new Criteria());
        }
        if (visibility instanceof Visibility.OfCommittee committee) {
            return Optional.of(Criteria.where("committee").is(committee.committee()));
        }
        return Optional.empty();
    }

    /** The id alone for an unrestricted caller, so that every store answers from its {@code _id} index. */
    private static Query byId(String id, Criteria visible) {
        Criteria byId = Criteria.where("_id").is(id);
        return Query.query(visible.getCriteriaObject().isEmpty() ? byId : byId.andOperator(visible));
    }
}
