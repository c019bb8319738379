package org.minyi.routing.report.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.routing.topic.domain.TopicCoverage;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A topic's coverage counted from the routing cases that name it: every case not withdrawn, and those
 * that report-status showed adopted. Counting (rather than keeping counters) stays right however often
 * an event is delivered, and a revision that changes the topic moves its report with it. The topics of
 * a page are counted at once: one aggregation over the cases that name any of them (index {@code topicId}).
 */
public class MongoTopicCoverage implements TopicCoverage {

    private final MongoTemplate mongo;

    public MongoTopicCoverage(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Coverage> of(Collection<String> topicIds) {
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        if (topicIds.isEmpty()) {
            return coverage;
        }
        List<Document> pipeline = List.of(
                new Document("$match", new Document("topicId", new Document("$in", List.copyOf(topicIds)))),
                new Document("$group", new Document("_id", "$topicId")
                        .append("reports", countOf(new Document("$ne",
                                List.of("$status", ReportStatus.WITHDRAWN.name()))))
                        .append("adopted", countOf(new Document("$eq", List.of("$adopted", true))))));
        for (Document counted : mongo.getCollection(RoutingCaseDocument.COLLECTION).aggregate(pipeline)) {
            long reports = counted.get("reports", Number.class).longValue();
            if (reports > 0) {
                coverage.put(counted.getString("_id"),
                        new Coverage(reports, counted.get("adopted", Number.class).longValue()));
            }
        }
        return coverage;
    }

    @Override
    public Coverage.Breakdown breakdown(String topicId) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("topicId", topicId)),
                new Document("$group", new Document("_id",
                        new Document("committee", "$committee").append("township", "$township"))
                        .append("reports", countOf(new Document("$ne",
                                List.of("$status", ReportStatus.WITHDRAWN.name()))))
                        .append("adopted", countOf(new Document("$eq", List.of("$adopted", true))))));
        Map<String, long[]> byCommittee = new HashMap<>();
        Map<String, long[]> byTownship = new HashMap<>();
        for (Document counted : mongo.getCollection(RoutingCaseDocument.COLLECTION).aggregate(pipeline)) {
            Document key = counted.get("_id", Document.class);
            long reports = counted.get("reports", Number.class).longValue();
            long adopted = counted.get("adopted", Number.class).longValue();
            add(byCommittee, key.getString("committee"), reports, adopted);
            add(byTownship, key.getString("township"), reports, adopted);
        }
        return new Coverage.Breakdown(largestFirst(byCommittee), largestFirst(byTownship));
    }

    private static void add(Map<String, long[]> counts, String key, long reports, long adopted) {
        if (key != null && reports > 0) {
            long[] sum = counts.computeIfAbsent(key, k -> new long[2]);
            sum[0] += reports;
            sum[1] += adopted;
        }
    }

    private static Map<String, Coverage> largestFirst(Map<String, long[]> counts) {
        Map<String, Coverage> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), new Coverage(e.getValue()[0], e.getValue()[1])));
        return sorted;
    }

    /** {@code {$sum: {$cond: [condition, 1, 0]}}}: how many of the group meet the condition. */
    private static Document countOf(Document condition) {
        return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
    }
}
