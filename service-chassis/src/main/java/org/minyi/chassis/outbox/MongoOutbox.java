package org.minyi.chassis.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.mongo.VersionedWrites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox half of a MongoDB store: waiting events live in an {@code outbox} array inside each
 * aggregate's document, so a state change and its events are one atomic single-document write. The
 * service's store writes with {@link #insert} and {@link #update} (or {@link #push} into an update of
 * its own); the relay reads and clears through the {@link OutboxStore} methods. Entries are
 * {@code {id, destination, key, headers, payload, createdAt}}.
 */
public final class MongoOutbox implements OutboxStore {

    /** The array field inside each aggregate document. */
    public static final String FIELD = "outbox";

    private final MongoTemplate mongo;
    private final String collection;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MongoOutbox(MongoTemplate mongo, String collection, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return collection;
    }

    /** The index the relay's sweep reads by. */
    public void createIndexes() {
        mongo.indexOps(collection).createIndex(new Index(FIELD + ".createdAt", Sort.Direction.ASC));
    }

    /**
     * Inserts a new aggregate document (anything the template can write) together with its waiting
     * events, then nudges the relay.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a unique index refuses the document
     */
    public void insert(Object aggregate, String aggregateId, List<OutboxMessage> messages) {
        Document stored = new Document();
        mongo.getConverter().write(aggregate, stored);
        stored.put(FIELD, entries(messages));
        mongo.insert(stored, collection);
        written(aggregateId, messages);
    }

    /**
     * Writes the aggregate's new state over the stored one — every field of its document but {@code _id},
     * {@code version} and the outbox, a field now absent removed — together with its new messages, if
     * nobody changed it since {@code version} was read; then {@code version} is one higher.
     *
     * @param aggregate the aggregate's stored form (a {@code @Document} record of the collection)
     * @throws ConcurrentWrite when the stored version moved on (nothing was written)
     */
    public void update(Object aggregate, String aggregateId, long version, List<OutboxMessage> messages) {
        VersionedWrites.update(mongo, collection, aggregate, aggregateId, version, update -> push(update, messages),
                FIELD);
        written(aggregateId, messages);
    }

    /** Adds the messages to an update of the aggregate ({@code $push} with {@code $each}); nothing when there are none. */
    public Update push(Update update, List<OutboxMessage> messages) {
        if (!messages.isEmpty()) {
            update.push(FIELD).each(entries(messages).toArray());
        }
        return update;
    }

    /** Nudges the relay after a write that stored these messages (nothing when there are none). */
    public void written(String aggregateId, List<OutboxMessage> messages) {
        if (!messages.isEmpty()) {
            events.publishEvent(new OutboxWritten(collection, aggregateId));
        }
    }

    @Override
    public List<Pending> pendingOf(Collection<String> aggregateIds) {
        Query query = Query.query(Criteria.where("_id").in(aggregateIds));
        query.fields().include(FIELD);
        Map<String, Pending> byId = new LinkedHashMap<>();
        for (Document doc : mongo.find(query, Document.class, collection)) {
            List<Document> waiting = doc.getList(FIELD, Document.class);
            if (waiting == null || waiting.isEmpty()) {
                continue;
            }
            String id = String.valueOf(doc.get("_id"));
            byId.put(id, new Pending(id, waiting.stream().map(MongoOutbox::message).toList()));
        }
        return new ArrayList<>(byId.values());
    }

    @Override
    public List<String> waitingSince(Instant createdBefore, int limit) {
        Query query = Query.query(Criteria.where(FIELD + ".createdAt").lt(createdBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(doc -> String.valueOf(doc.get("_id")))
                .toList();
    }

    /** One bulk write for all of them: a relay pass costs one round trip (and one commit) to clear. */
    @Override
    public void markSent(Map<String, ? extends Collection<String>> sent) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int writes = 0;
        for (Map.Entry<String, ? extends Collection<String>> aggregate : sent.entrySet()) {
            if (!aggregate.getValue().isEmpty()) {
                bulk.updateOne(Query.query(Criteria.where("_id").is(aggregate.getKey())), new Update().pull(FIELD,
                        new Document("id", new Document("$in", List.copyOf(aggregate.getValue())))));
                writes++;
            }
        }
        if (writes > 0) {
            bulk.execute();
        }
    }

    private List<Document> entries(List<OutboxMessage> messages) {
        Date now = Date.from(clock.instant());
        return messages.stream().map(m -> new Document("id", m.id())
                .append("destination", m.destination())
                .append("key", m.key())
                .append("headers", new Document(new LinkedHashMap<String, Object>(m.headers())))
                .append("payload", m.payload())
                .append("createdAt", now)).toList();
    }

    private static OutboxMessage message(Document entry) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = entry.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return new OutboxMessage(entry.getString("id"), entry.getString("destination"), entry.getString("key"),
                headers, entry.getString("payload"));
    }
}
