package org.minyi.routing.topic.domain;

import java.util.Collection;
import java.util.Map;

/** Counts the reports that name topics. */
public interface TopicCoverage {

    /** The coverage of each topic; a topic no report names is absent. */
    Map<String, Coverage> of(Collection<String> topicIds);

    /** One topic's coverage by the committee that holds each report and by the station's township. */
    Coverage.Breakdown breakdown(String topicId);
}
