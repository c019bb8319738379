package org.minyi.dashboard.assessment.web;

import java.math.BigDecimal;
import java.util.Map;

import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.SplitRule;

/**
 * The body of {@code PUT /api/dashboard/points-table/{year}}. A value left out keeps the default
 * table's (README, "Points"); {@code split} left out means WHOEVER_WRITES.
 */
record PointsTableRequest(BigDecimal countyAdoption, BigDecimal specialPublication,
                          Map<Level, Map<Mode, BigDecimal>> upstream, Map<Level, BigDecimal> instruction,
                          SplitRule split) {
}
