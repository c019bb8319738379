package org.minyi.routing.rules.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.minyi.routing.reference.domain.CountyCodes;

/**
 * The rules in force, in order, as one version: the office replaces them all at once, and every
 * decision records the version and the rule that made it.
 *
 * <p>A report goes to the committee of the first rule it meets. A report that names a topic
 * (信息反映点) goes to one of the topic's committees: the first that a rule it meets would choose,
 * else the topic's lead committee; a report naming a topic routing does not know, and a report no
 * rule takes, go to the office's triage queue ({@code OFFICE}), which re-routes them by hand.
 *
 * @param updatedBy the principal who made this version ({@code shipped} for the rules the service
 *                  started with)
 */
public record RuleSet(int version, List<Rule> rules, Instant updatedAt, String updatedBy) {

    public static final String NO_MATCH = "no-match";
    public static final String TOPIC = "topic:";
    public static final String UNKNOWN_TOPIC = "topic-unknown:";

    public RuleSet {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        rules = List.copyOf(rules);
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    /** @param topic the topic the report names, {@code null} when it names none */
    public Assignment decide(RoutingInput input, TopicRoute topic) {
        if (topic != null) {
            if (!topic.known()) {
                return new Assignment(CountyCodes.OFFICE, UNKNOWN_TOPIC + topic.topicId(), version);
            }
            for (Rule rule : rules) {
                if (topic.committees().contains(rule.committee()) && rule.matches(input)) {
                    return new Assignment(rule.committee(), rule.id(), version);
                }
            }
            return new Assignment(topic.committees().get(0), TOPIC + topic.topicId(), version);
        }
        for (Rule rule : rules) {
            if (rule.matches(input)) {
                return new Assignment(rule.committee(), rule.id(), version);
            }
        }
        return new Assignment(CountyCodes.OFFICE, NO_MATCH, version);
    }
}
