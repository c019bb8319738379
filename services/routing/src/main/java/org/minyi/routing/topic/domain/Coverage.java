package org.minyi.routing.topic.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well a topic is covered: reports naming it (withdrawn ones not counted), and how many of them
 * a committee adopted (采用), as routing learns from {@code report-status}.
 */
public record Coverage(long reports, long adopted) {

    public static final Coverage NONE = new Coverage(0, 0);

    /**
     * A topic's coverage per committee (the one each report is with now) and per township, largest first;
     * what no report names is left out.
     */
    public record Breakdown(Map<String, Coverage> byCommittee, Map<String, Coverage> byTownship) {

        public static final Breakdown NONE = new Breakdown(Map.of(), Map.of());

        public Breakdown {
            byCommittee = Collections.unmodifiableMap(new LinkedHashMap<>(byCommittee));
            byTownship = Collections.unmodifiableMap(new LinkedHashMap<>(byTownship));
        }
    }
}
