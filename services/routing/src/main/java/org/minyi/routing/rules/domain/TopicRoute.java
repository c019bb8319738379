package org.minyi.routing.rules.domain;

import java.util.List;
import java.util.Objects;

/**
 * The topic (信息反映点) a report names, as routing knows it: the committees it is assigned to, lead
 * committee first; {@code known} is false for a topic routing has no record of.
 */
public record TopicRoute(String topicId, boolean known, List<String> committees) {

    public TopicRoute {
        Objects.requireNonNull(topicId, "topicId");
        committees = List.copyOf(committees);
        if (known && committees.isEmpty()) {
            throw new IllegalArgumentException("a known topic has at least one committee");
        }
    }

    public static TopicRoute assigned(String topicId, List<String> committees) {
        return new TopicRoute(topicId, true, committees);
    }

    public static TopicRoute unknown(String topicId) {
        return new TopicRoute(topicId, false, List.of());
    }
}
