package org.minyi.dashboard.persistence;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How every projection kept by sequence is written: one conditional upsert whose filter
 * {@code {_id, sequence: {$lt: sequence}}} matches the document only while the stored event is older.
 * A newer event updates it, an unknown one is inserted, and a stale or repeated one finds the document,
 * fails to insert a second one under the same {@code _id} and changes nothing — atomically, whatever
 * runs concurrently.
 */
public final class SequencedUpsert {

    private SequencedUpsert() {
    }

    /** @return whether {@code update} was applied (false for a stale or repeated event) */
    public static boolean ifNewer(MongoTemplate mongo, String collection, String id, long sequence, Update update) {
        Query olderStored = Query.query(Criteria.where("_id").is(id).and("sequence").lt(sequence));
        try {
            UpdateResult result = mongo.upsert(olderStored, update, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException staleOrRepeated) {
            return false;
        }
    }
}
