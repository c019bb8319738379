package org.minyi.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minyi.events.EventType;
import org.minyi.events.EventTypes;

/** Every topic of the platform: those the event contracts name, and each consumer's dead letters. */
final class TopicPlan {

    static final List<String> CONSUMERS = List.of("intake", "routing", "committee-review", "leadership-instruction",
            "follow-up", "dashboard");

    private TopicPlan() {
    }

    static Set<String> all() {
        Set<String> topics = new LinkedHashSet<>();
        for (EventType<?> type : EventTypes.ALL) {
            topics.add(type.topic());
        }
        for (String consumer : CONSUMERS) {
            topics.add(consumer + ".dlt");
        }
        return topics;
    }
}
