package org.minyi.dashboard.board.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TrendTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void eachDayCountsNewAdoptedAndClosedReportsByTheCountysDate() {
        // START is 2026-03-15T08:30Z (16:30 in Beijing); 10 hours later it is the 16th in Beijing
        ReportProjection adopted = StageTimesTest.walk("r1", ReportStatus.SUBMITTED, 0, ReportStatus.ADOPTED, 10);
        ReportProjection closed = StageTimesTest.walk("r2", ReportStatus.SUBMITTED, 10, ReportStatus.CLOSED, 11);

        List<DayCount> trend = Trend.of(List.of(adopted, closed), LocalDate.parse("2026-03-17"), 3, BEIJING);

        assertThat(trend).extracting(DayCount::day, DayCount::submitted, DayCount::adopted, DayCount::closed)
                .containsExactly(
                        tuple(LocalDate.parse("2026-03-15"), 1L, 0L, 0L),
                        tuple(LocalDate.parse("2026-03-16"), 1L, 1L, 1L),
                        tuple(LocalDate.parse("2026-03-17"), 0L, 0L, 0L));
    }
}
