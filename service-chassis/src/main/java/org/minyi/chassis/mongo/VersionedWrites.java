package org.minyi.chassis.mongo;

import java.util.List;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Optimistic writes of a whole aggregate: its new state over the stored one, only if the stored version is
 * still the one it was read at; then the version is one higher.
 */
public final class VersionedWrites {

    private VersionedWrites() {
    }

    /**
     * Writes every field of {@code document} (a {@code @Document} record of {@code collection}) but {@code _id},
     * {@code version} and those in {@code keep}, a field now absent removed, with whatever {@code more} adds to
     * the update.
     *
     * @throws ConcurrentWrite when the stored version moved on (nothing was written)
     */
    public static void update(MongoTemplate mongo, String collection, Object document, String id, long version,
                              UnaryOperator<Update> more, String... keep) {
        Document written = new Document();
        mongo.getConverter().write(document, written);
        Update update = new Update();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(document.getClass());
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (property.isIdProperty() || field.equals("version") || List.of(keep).contains(field)) {
                continue;
            }
            if (written.containsKey(field)) {
                update.set(field, written.get(field));
            } else {
                update.unset(field);
            }
        }
        Query current = Query.query(Criteria.where("_id").is(id).and("version").is(version));
        if (mongo.updateFirst(current, more.apply(update.inc("version", 1)), collection).getMatchedCount() == 0) {
            throw new ConcurrentWrite(collection + " " + id + " changed since version " + version);
        }
    }
}
