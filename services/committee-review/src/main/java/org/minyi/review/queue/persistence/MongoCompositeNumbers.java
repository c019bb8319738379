package org.minyi.review.queue.persistence;

import org.bson.Document;
import org.minyi.review.queue.domain.CompositeNumbers;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One counter document per year for composites, incremented atomically. A number drawn for a merge that
 * then fails its checks is not reused: composites may skip a number, never share one.
 */
public class MongoCompositeNumbers implements CompositeNumbers {

    static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    public MongoCompositeNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String next(int year) {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is("composite-" + year)),
                new Update().inc("next", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return CompositeNumbers.format(year, ((Number) counter.get("next")).longValue());
    }
}
