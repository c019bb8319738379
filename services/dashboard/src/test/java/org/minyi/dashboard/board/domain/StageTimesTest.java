package org.minyi.dashboard.board.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.START;

class StageTimesTest {

    private static final Instant NOW = START.plus(Duration.ofHours(10));

    @Test
    void aStayLastsFromEnteringAStageToEnteringTheNextAndTheCurrentOneIsStillRunning() {
        ReportProjection underReview = walk("r1", ReportStatus.SUBMITTED, 0, ReportStatus.ROUTED, 1,
                ReportStatus.UNDER_REVIEW, 3);

        List<StageTime> times = StageTimes.of(List.of(underReview), NOW);

        assertThat(times).filteredOn(t -> t.passages() > 0 || t.current() > 0)
                .extracting(StageTime::status, StageTime::passages, StageTime::average, StageTime::current,
                        StageTime::currentAverage)
                .containsExactly(
                        tuple(ReportStatus.SUBMITTED, 1L, Duration.ofHours(1), 0L, null),
                        tuple(ReportStatus.ROUTED, 1L, Duration.ofHours(2), 0L, null),
                        tuple(ReportStatus.UNDER_REVIEW, 0L, null, 1L, Duration.ofHours(7)));
    }

    @Test
    void theMedianOfAnEvenNumberOfStaysLiesBetweenTheMiddleTwo() {
        List<ReportProjection> reports = List.of(
                walk("r1", ReportStatus.SUBMITTED, 0, ReportStatus.ROUTED, 1),
                walk("r2", ReportStatus.SUBMITTED, 0, ReportStatus.ROUTED, 2),
                walk("r3", ReportStatus.SUBMITTED, 0, ReportStatus.ROUTED, 4),
                walk("r4", ReportStatus.SUBMITTED, 0, ReportStatus.ROUTED, 9));

        StageTime submitted = StageTimes.of(reports, NOW).get(0);

        assertThat(submitted.median()).isEqualTo(Duration.ofHours(3));
        assertThat(submitted.average()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aReportThatEndedHasNoRunningStayAndEndingStatusesAreNotListed() {
        ReportProjection withdrawn = walk("r1", ReportStatus.SUBMITTED, 0, ReportStatus.WITHDRAWN, 2);

        List<StageTime> times = StageTimes.of(List.of(withdrawn), NOW);

        assertThat(times).extracting(StageTime::status).doesNotContain(ReportStatus.WITHDRAWN, ReportStatus.CLOSED);
        assertThat(times).allSatisfy(t -> assertThat(t.current()).isZero());
        assertThat(times.get(0).average()).isEqualTo(Duration.ofHours(2));
    }

    /** A report that entered each given status at START + the given hours. */
    static ReportProjection walk(String reportId, Object... statusAndHour) {
        ReportProjection projection = null;
        for (int i = 0; i < statusAndHour.length; i += 2) {
            ReportStatus status = (ReportStatus) statusAndHour[i];
            Instant at = START.plus(Duration.ofHours((Integer) statusAndHour[i + 1]));
            StatusChange change = new StatusChange(UUID.randomUUID(), reportId, null, status, null, i / 2 + 1,
                    at, "chengguan", null, null, "SYSTEM");
            projection = projection == null ? ReportProjection.first(change) : projection.apply(change);
        }
        return projection;
    }
}
