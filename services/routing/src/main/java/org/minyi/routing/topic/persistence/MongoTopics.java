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
import org.springframework.data.mongodb.core.query.Update;

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
            mongo.insert(document(t));
        } catch (DuplicateKeyException e) {
            throw new TopicTaken(t.id());
        }
    }

    @Override
    public void update(Topic t, long readVersion) {
        Criteria read = readVersion == 0
                ? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
                : Criteria.where("version").is(readVersion);
        TopicDocument d = document(t);
        Update update = new Update().set("title", d.title()).set("description", d.description())
                .set("committees", d.committees()).set("deadline", d.deadline()).set("closedOn", d.closedOn())
                .set("closedBy", d.closedBy()).set("updatedAt", d.updatedAt()).set("updatedBy", d.updatedBy())
                .set("version", d.version());
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(t.id()).andOperator(read)), update,
                TopicDocument.class).getMatchedCount() == 0) {
            throw new ChangedMeanwhile(t.id());
        }
    }

    @Override
    public Page list(String quarter, LocalDate openOn, int page, int size) {
        Criteria filter = new Criteria();
        if (quarter != null) {
            filter = filter.and("quarter").is(quarter);
        }
        if (openOn != null) {
            filter = filter.and("deadline").gte(openOn).and("closedOn").is(null);
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

    private static TopicDocument document(Topic t) {
        return new TopicDocument(t.id(), t.title(), t.description(), t.quarter(), t.committees(), t.deadline(),
                t.createdAt(), t.createdBy(), t.closedOn(), t.closedBy(), t.updatedAt(), t.updatedBy(), t.version());
    }

    private static Topic toTopic(TopicDocument d) {
        return new Topic(d.id(), d.title(), d.description(), d.quarter(), d.committees(), d.deadline(), d.createdAt(),
                d.createdBy(), d.closedOn(), d.closedBy(), d.updatedAt(), d.updatedBy(),
                d.version() == null ? 0 : d.version());
    }
}
