package org.minyi.routing.report.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.routing.topic.domain.TopicCoverage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A topic's coverage counted from the routing cases that name it: every case not withdrawn, and those
 * that report-status showed adopted. Counting (rather than keeping counters) stays right however often
 * an event is delivered, and a revision that changes the topic moves its report with it.
 */
public class MongoTopicCoverage implements TopicCoverage {

    private final MongoTemplate mongo;

    public MongoTopicCoverage(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Coverage> of(Collection<String> topicIds) {
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        for (String topicId : topicIds) {
            Criteria naming = Criteria.where("topicId").is(topicId).and("status").ne(ReportStatus.WITHDRAWN.name());
            long reports = mongo.count(Query.query(naming), RoutingCaseDocument.class);
            if (reports > 0) {
                long adopted = mongo.count(Query.query(Criteria.where("topicId").is(topicId).and("adopted").is(true)),
                        RoutingCaseDocument.class);
                coverage.put(topicId, new Coverage(reports, adopted));
            }
        }
        return coverage;
    }
}
