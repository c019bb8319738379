package org.minyi.leadership.inbox.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.leadership.inbox.application.Outbox;
import org.minyi.leadership.inbox.application.OutboxWritten;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItems;
import org.minyi.leadership.inbox.domain.OutboxMessage;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.Visibility;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.OutboxDoc;
import org.springframework.context.ApplicationEventPublisher;
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
 * its waiting events are one document, so every change is a single atomic write; {@code version}
 * guards against lost updates.
 */
public class MongoInboxItems implements InboxItems, Outbox {

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", "outbox", "_class");

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MongoInboxItems(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the indexes that the inbox query and the outbox sweep rely on. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(InboxItemDocument.class);
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("urgent", Sort.Direction.DESC)
                .on("receivedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("outbox.createdAt", Sort.Direction.ASC));
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
            mongo.insert(InboxItemMapping.toDocument(item, List.of()));
        } catch (DuplicateKeyException e) {
            throw new DuplicateItem(e.getMessage());
        }
    }

    @Override
    public void update(InboxItem item, List<OutboxMessage> outgoing) {
        Document stored = new Document();
        mongo.getConverter().write(InboxItemMapping.toDocument(item, List.of()), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.inc("version", 1);
        if (!outgoing.isEmpty()) {
            Instant now = clock.instant();
            update.push("outbox").each(outgoing.stream().map(m -> toBson(InboxItemMapping.outbox(m, now))).toArray());
        }
        Query query = Query.query(Criteria.where("_id").is(item.id().value()).and("version").is(item.version()));
        UpdateResult result = mongo.updateFirst(query, update, InboxItemDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("inbox item " + item.id() + " changed since version " + item.version());
        }
        if (!outgoing.isEmpty()) {
            events.publishEvent(new OutboxWritten(item.id().value()));
        }
    }

    @Override
    public List<Pending> pendingOf(Collection<String> reportIds) {
        // by _id alone: a query naming more keys makes mongo-java-server scan the collection on every pass
        Query query = Query.query(Criteria.where("_id").in(reportIds));
        query.fields().include("outbox");
        Map<String, Pending> byId = new LinkedHashMap<>();
        for (Document doc : mongo.find(query, Document.class, InboxItemDocument.COLLECTION)) {
            List<Document> waiting = doc.getList("outbox", Document.class);
            if (waiting == null || waiting.isEmpty()) {
                continue;
            }
            List<OutboxMessage> messages = new ArrayList<>();
            for (Document entry : waiting) {
                OutboxDoc outbox = mongo.getConverter().read(OutboxDoc.class, entry);
                messages.add(InboxItemMapping.message(outbox));
            }
            byId.put(doc.getString("_id"), new Pending(doc.getString("_id"), messages));
        }
        return new ArrayList<>(byId.values());
    }

    @Override
    public List<String> waitingSince(Instant createdBefore, int limit) {
        Query query = Query.query(Criteria.where("outbox.createdAt").lt(createdBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, InboxItemDocument.COLLECTION).stream()
                .map(doc -> doc.getString("_id")).toList();
    }

    @Override
    public void markSent(String reportId, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
                new Update().pull("outbox", Query.query(Criteria.where("id").in(messageIds))), InboxItemDocument.class);
    }

    private Document toBson(OutboxDoc doc) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        bson.remove("_class");
        return bson;
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
