package org.minyi.routing.topic.persistence;

import java.time.LocalDate;
import java.util.Optional;

import org.minyi.chassis.mongo.MongoPages;
import org.minyi.routing.topic.domain.Topic;
import org.minyi.routing.topic.domain.Topics;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Topics in MongoDB ({@code topics}), one document each. */
public class MongoTopics implements Topics {

    private final MongoTemplate mongo;

    public MongoTopics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(TopicDocument.class).createIndex(new Index("quarter", Sort.Direction.DESC));
    }

    @Override
    public Optional<Topic> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TopicDocument.class)).map(MongoTopics::toTopic);
    }

    @Override
    public void add(Topic t) {
        try {
            mongo.insert(new TopicDocument(t.id(), t.title(), t.description(), t.quarter(), t.committees(),
                    t.deadline(), t.createdAt(), t.createdBy()));
        } catch (DuplicateKeyException e) {
            throw new TopicTaken(t.id());
        }
    }

    @Override
    public Page list(String quarter, LocalDate openOn, int page, int size) {
        Criteria filter = new Criteria();
        if (quarter != null) {
            filter = filter.and("quarter").is(quarter);
        }
        if (openOn != null) {
            filter = filter.and("deadline").gte(openOn);
        }
        MongoPages.Found<Topic> found = MongoPages.read(mongo, Query.query(filter), TopicDocument.class,
                Sort.by(Sort.Direction.DESC, "quarter").and(Sort.by(Sort.Direction.ASC, "_id")), page, size)
                .map(MongoTopics::toTopic);
        return new Page(found.items(), page, size, found.total());
    }

    @Override
    public long countInQuarter(String quarter) {
        return mongo.count(Query.query(Criteria.where("quarter").is(quarter)), TopicDocument.class);
    }

    private static Topic toTopic(TopicDocument d) {
        return new Topic(d.id(), d.title(), d.description(), d.quarter(), d.committees(), d.deadline(), d.createdAt(),
                d.createdBy());
    }
}
