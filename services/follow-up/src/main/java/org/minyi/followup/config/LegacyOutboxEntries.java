package org.minyi.followup.config;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.minyi.chassis.outbox.MongoOutbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Before the chassis, follow-up stored each waiting event's id as {@code messageId}; the chassis's relay
 * reads {@code id}. At start, before the relays run, every entry still waiting under the old name is
 * renamed in place (one positional update per entry, so a relay or a writer working meanwhile loses
 * nothing). Only documents with something waiting are read, through the outbox's own index.
 * Replicas of the version before must be stopped first: what they write later is not renamed.
 */
final class LegacyOutboxEntries {

    private static final String LEGACY_ID = "messageId";

    private LegacyOutboxEntries() {
    }

    static void rename(MongoTemplate mongo, String collection) {
        Query waiting = Query.query(Criteria.where(MongoOutbox.FIELD + ".createdAt").gte(Instant.EPOCH));
        waiting.fields().include(MongoOutbox.FIELD);
        for (Document doc : mongo.find(waiting, Document.class, collection)) {
            List<Document> entries = doc.getList(MongoOutbox.FIELD, Document.class, List.of());
            for (Document entry : entries) {
                String id = entry.getString(LEGACY_ID);
                if (id != null) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(doc.get("_id"))
                                    .and(MongoOutbox.FIELD + "." + LEGACY_ID).is(id)),
                            new Update().set(MongoOutbox.FIELD + ".$.id", id)
                                    .unset(MongoOutbox.FIELD + ".$." + LEGACY_ID), collection);
                }
            }
        }
    }
}
