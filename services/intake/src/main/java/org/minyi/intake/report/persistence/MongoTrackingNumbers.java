package org.minyi.intake.report.persistence;

import org.bson.Document;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.intake.report.domain.TrackingNumbers;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One counter document per year, incremented atomically. */
public class MongoTrackingNumbers implements TrackingNumbers {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    public MongoTrackingNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public TrackingNumber next(int year) {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("tracking-" + year)),
                new Update().inc("next", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return TrackingNumber.of(year, ((Number) counter.get("next")).longValue());
    }
}
