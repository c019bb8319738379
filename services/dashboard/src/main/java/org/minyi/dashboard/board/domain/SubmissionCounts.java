package org.minyi.dashboard.board.domain;

import java.util.Map;

/** What the board counts from the submissions rather than from the statuses; reports naming none are left out. */
public interface SubmissionCounts {

    /** How many submitted reports answer each assigned topic (信息反映点). */
    Map<String, Long> countByTopic();

    /** How many submitted reports came from each source (调研, 视察 …). */
    Map<String, Long> countBySource();
}
