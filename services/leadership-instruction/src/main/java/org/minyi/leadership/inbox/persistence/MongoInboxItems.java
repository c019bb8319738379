package org.minyi.leadership.inbox.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Inbox items in MongoDB, one document per report under the report's id. An item, its decisions and
 * its waiting events (the chassis's {@link MongoOutbox}) are one document, so every change is a single
 * atomic write; {@code version} guards against lost updates.
 */
public class MongoInboxItems implements InboxItems {

    /** The collection the items (and so their outbox) live in. */
    public static final String COLLECTION = InboxItemDocument.COLLECTION;

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", MongoOutbox.FIELD, "_class");

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<InboxItem, InboxEvent> translation;

    public MongoInboxItems(MongoTemplate mongo, MongoOutbox outbox, EventTranslation<InboxItem, InboxEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /** Creates the indexes that the inbox query and the outbox sweep rely on. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(InboxItemDocument.class);
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("urgent", Sort.Direction.DESC)
                .on("receivedAt", Sort.Direction.DESC));
        outbox.createIndexes();
    }

    @Override
    public Optional<InboxItem> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), InboxItemDocument.class)).map(InboxItemMapping::toItem);
    }

    @Override
    public Optional<InboxItem> findVisible(ReportId id, Visibility visibility) {
        return visible(visibility)
                .map(criteria -> mongo.findOne(byId(id.value(), criteria), InboxItemDocument.class))
                .map(InboxItemMapping::toItem);
    }

    @Override
    public PageOf<InboxItem> listed(Visibility visibility, ReportStatus status, int page, int size) {
        Optional<Criteria> visible = visible(visibility);
        if (visible.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        Query query = Query.query(new Criteria().andOperator(visible.get(),
                Criteria.where("status").is(status.name())));
        long total = mongo.count(query, InboxItemDocument.class);
        long offset = (long) page * size;
        if (offset >= total) {
            // also spares the driver a skip beyond int, which it would wrap into a negative one
            return new PageOf<>(List.of(), page, size, total);
        }
        query.with(Sort.by(Sort.Order.desc("urgent"), Sort.Order.desc("receivedAt"), Sort.Order.asc("_id")))
                .skip(offset).limit(size);
        List<InboxItem> items = mongo.find(query, InboxItemDocument.class).stream().map(InboxItemMapping::toItem)
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    @Override
    public void add(InboxItem item) {
        try {
            mongo.insert(InboxItemMapping.toDocument(item));
        } catch (DuplicateKeyException e) {
            throw new DuplicateItem(e.getMessage());
        }
    }

    @Override
    public void update(InboxItem item, List<InboxEvent> events) {
        List<OutboxMessage> outgoing = translation.translate(item, events);
        Document stored = new Document();
        mongo.getConverter().write(InboxItemMapping.toDocument(item), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.inc("version", 1);
        outbox.push(update, outgoing);
        Query query = Query.query(Criteria.where("_id").is(item.id().value()).and("version").is(item.version()));
        UpdateResult result = mongo.updateFirst(query, update, InboxItemDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("inbox item " + item.id() + " changed since version " + item.version());
        }
        outbox.written(item.id().value(), outgoing);
    }

    /** The condition that limits a query to what the caller may see; empty when nothing is visible. */
    private static Optional<Criteria> visible(Visibility visibility) {
        if (visibility instanceof Visibility.All) {
            return Optional.of(new Criteria());
        }
        return Optional.empty();
    }

    /** The id alone for an unrestricted caller, so that every store answers from its {@code _id} index. */
    private static Query byId(String id, Criteria visible) {
        Criteria byId = Criteria.where("_id").is(id);
        return Query.query(visible.getCriteriaObject().isEmpty() ? byId : byId.andOperator(visible));
    }
}
