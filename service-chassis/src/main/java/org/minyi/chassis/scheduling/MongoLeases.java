package org.minyi.chassis.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases as documents of the {@code leases} collection, {@code {_id: name, owner, expiresAt}}. Taking
 * one is a single {@code findAndModify} whose filter admits only the current owner or an expired
 * lease, so two replicas racing for it cannot both win.
 */
public class MongoLeases implements Leases {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;

    public MongoLeases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean acquire(String name, String owner, Instant now, Duration ttl) {
        ensureExists(name);
        Query free = Query.query(Criteria.where("_id").is(name).orOperator(
                Criteria.where("owner").is(owner),
                Criteria.where("expiresAt").lt(Date.from(now))));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl)))
                .set("renewedAt", Date.from(now));
        Document taken = mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        return taken != null && owner.equals(taken.getString("owner"));
    }

    @Override
    public void release(String name, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)),
                new Update().set("expiresAt", new Date(0)), COLLECTION);
    }

    /** The lease document exists from the first attempt on, expired, so that the filter above can match it. */
    private void ensureExists(String name) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(name)), COLLECTION)) {
            return;
        }
        try {
            mongo.insert(new Document("_id", name).append("owner", null).append("expiresAt", new Date(0)), COLLECTION);
        } catch (DuplicateKeyException e) {
            // another replica created it first
        }
    }
}
