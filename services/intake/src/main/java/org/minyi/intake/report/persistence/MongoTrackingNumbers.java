package org.minyi.intake.report.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.minyi.intake.report.domain.TrackingNumbers;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One counter document per year ({@code _id} {@code tracking-<year>}, {@code last}: the last serial
 * handed out), advanced with an atomic {@code $inc} that answers the new value. A missing counter (a new
 * year, or one lost) is first raised to the highest number stored, so numbers keep increasing. The reports' unique
 * index on {@code trackingNumber} stays the final guard.
 */
public class MongoTrackingNumbers implements TrackingNumbers {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    public MongoTrackingNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long take(int year) {
        Document counter = mongo.findAndModify(byYear(year), new Update().inc("last", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (counter == null) {
            // the year's first number, or a lost counter: start past every number stored (numbers may have gaps)
            atLeast(year, highestUsed(year));
            counter = mongo.findAndModify(byYear(year), new Update().inc("last", 1L),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        }
        return ((Number) counter.get("last")).longValue();
    }

    @Override
    public void atLeast(int year, long serial) {
        try {
            mongo.upsert(byYear(year), new Update().max("last", serial), COLLECTION);
        } catch (DuplicateKeyException e) {
            // another replica created the counter at the same moment; raise the one it created
            mongo.updateFirst(byYear(year), new Update().max("last", serial), COLLECTION);
        }
    }

    @Override
    public long highestUsed(int year) {
        Query query = Query.query(Criteria.where("trackingNumber").regex("^SQ-" + year + "-"))
                .with(Sort.by(Sort.Direction.DESC, "trackingNumber")).limit(1);
        query.fields().include("trackingNumber");
        Document highest = mongo.findOne(query, Document.class, ReportDocument.COLLECTION);
        return highest == null ? 0 : Long.parseLong(highest.getString("trackingNumber").substring(8));
    }

    private static Query byYear(int year) {
        return Query.query(Criteria.where("_id").is("tracking-" + year));
    }
}
