package org.minyi.dashboard.assessment.web;

import java.util.Map;

/**
 * The body of {@code PUT /api/dashboard/targets/{year}}: targets by unit code; a map left out means no
 * targets of that kind, {@code grading} left out means the default scale (150 / 100 / 60).
 */
record TargetsRequest(Map<String, Integer> committees, Map<String, Integer> stations, Map<String, Integer> sectors,
                      Grading grading) {

    record Grading(Integer excellent, Integer good, Integer basic) {
    }
}
