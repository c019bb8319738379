package org.minyi.routing.topic.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.routing.topic.domain.Coverage;
import org.minyi.routing.topic.domain.Topic;
import org.minyi.routing.topic.domain.TopicCoverage;
import org.minyi.routing.topic.domain.TopicNotFound;
import org.minyi.routing.topic.domain.TopicPolicy;
import org.minyi.routing.topic.domain.Topics;

/** Topics for everyone who reports on them, with their coverage for the office. */
public final class FindingTopics {

    private final Topics topics;
    private final TopicCoverage coverage;
    private final Clock clock;
    private final ZoneId zone;

    public FindingTopics(Topics topics, TopicCoverage coverage, Clock clock, ZoneId zone) {
        this.topics = topics;
        this.coverage = coverage;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /**
     * @param openOnly only topics whose deadline has not passed
     * @throws InvalidInput when the quarter is not like {@code 2026Q2}
     */
    public Listed list(String quarter, boolean openOnly, int page, int size) {
        if (quarter != null && !TopicPolicy.isQuarter(quarter)) {
            throw new InvalidInput(new FieldProblem("quarter", "bad_value", "季度格式应为 2026Q2",
                    "quarter is like 2026Q2"));
        }
        Topics.Page found = topics.list(quarter, openOnly ? today() : null, page, size);
        return new Listed(found, coverage.of(found.items().stream().map(Topic::id).toList()));
    }

    public Covered get(String id) {
        Topic topic = topics.find(id).orElseThrow(() -> new TopicNotFound(id));
        return new Covered(topic, coverage.of(List.of(id)).getOrDefault(id, Coverage.NONE), coverage.breakdown(id));
    }

    public record Listed(Topics.Page page, Map<String, Coverage> coverage) {
    }

    public record Covered(Topic topic, Coverage coverage, Coverage.Breakdown breakdown) {
    }
}
