package org.minyi.review.queue.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.review.queue.domain.DeclineReason;
import org.minyi.review.queue.domain.DeclineReasonList;
import org.minyi.review.queue.domain.DeclineReasons;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The decline reasons as one document, seeded with the default list when the service first starts; a change
 * is one write guarded by {@code version} ({@link ConcurrentWrite}).
 */
public class MongoDeclineReasons implements DeclineReasons {

    static final String COLLECTION = "decline_reasons";
    private static final String ID = "current";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoDeclineReasons(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Stores the seeded list unless a list is stored already. */
    public void seed() {
        if (mongo.findById(ID, ReasonsDoc.class, COLLECTION) != null) {
            return;
        }
        DeclineReasonList seeded = DeclineReasonList.seeded(clock.instant());
        try {
            mongo.insert(toDoc(seeded, 1), COLLECTION);
        } catch (DuplicateKeyException seededMeanwhile) {
            // another replica seeded it first
        }
    }

    @Override
    public DeclineReasonList current() {
        ReasonsDoc doc = mongo.findById(ID, ReasonsDoc.class, COLLECTION);
        if (doc == null) {
            return DeclineReasonList.seeded(clock.instant());
        }
        return DeclineReasonList.restore(doc.reasons().stream().map(r -> new DeclineReason(r.code(), r.label(),
                r.labelEn(), r.requiresComment(), r.active())).toList(), doc.updatedBy(), doc.updatedAt(),
                doc.version());
    }

    @Override
    public void save(DeclineReasonList list) {
        if (list.version() == 0) {
            try {
                mongo.insert(toDoc(list, 1), COLLECTION);
                return;
            } catch (DuplicateKeyException e) {
                throw new ConcurrentWrite("the decline reasons were stored meanwhile");
            }
        }
        ReasonsDoc doc = toDoc(list, list.version() + 1);
        Update update = new Update().set("reasons", doc.reasons()).set("updatedBy", doc.updatedBy())
                .set("updatedAt", doc.updatedAt()).inc("version", 1);
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("version").is(list.version())), update,
                ReasonsDoc.class, COLLECTION).getMatchedCount() == 0) {
            throw new ConcurrentWrite("the decline reasons changed since version " + list.version());
        }
    }

    private static ReasonsDoc toDoc(DeclineReasonList list, long version) {
        return new ReasonsDoc(ID, list.reasons().stream().map(r -> new ReasonDoc(r.code(), r.label(), r.labelEn(),
                r.requiresComment(), r.active())).toList(), list.updatedBy(), list.updatedAt(), version);
    }

    record ReasonsDoc(@Id String id, List<ReasonDoc> reasons, String updatedBy, Instant updatedAt, long version) {
    }

    record ReasonDoc(String code, String label, String labelEn, boolean requiresComment, boolean active) {
    }
}
