package org.minyi.dashboard.board.domain;

import java.util.Map;

/** How many submitted reports answer each assigned topic (信息反映点); reports without one are left out. */
public interface ReportTopics {

    Map<String, Long> countByTopic();
}
