package org.minyi.intake.report.persistence;

import org.bson.Document;
import org.minyi.intake.report.domain.TrackingNumbers;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The numbers themselves are taken by the reports' unique index on {@code trackingNumber}; this keeps
 * the hint of the last number issued, one document per year ({@code _id} {@code tracking-<year>},
 * {@code last}), only ever raised with {@code $max}. A lost or stale hint costs a few attempts, never a
 * gap or a duplicate.
 */
public class MongoTrackingNumbers implements TrackingNumbers {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    public MongoTrackingNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long lastIssued(int year) {
        Document counter = mongo.findById(id(year), Document.class, COLLECTION);
        return counter == null ? 0 : Math.max(number(counter.get("last")), number(counter.get("next")));
    }

    @Override
    public void issued(int year, long serial) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(id(year))), new Update().max("last", serial),
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
    }

    @Override
    public long highestUsed(int year) {
        Query query = Query.query(Criteria.where("trackingNumber").regex("^SQ-" + year + "-"))
                .with(Sort.by(Sort.Direction.DESC, "trackingNumber")).limit(1);
        query.fields().include("trackingNumber");
        Document highest = mongo.findOne(query, Document.class, ReportDocument.COLLECTION);
        return highest == null ? 0 : Long.parseLong(highest.getString("trackingNumber").substring(8));
    }

    /** {@code next} is where the counter of earlier versions stood: the last number it handed out. */
    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static String id(int year) {
        return "tracking-" + year;
    }
}
