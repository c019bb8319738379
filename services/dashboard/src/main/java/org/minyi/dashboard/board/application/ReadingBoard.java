package org.minyi.dashboard.board.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.minyi.dashboard.board.domain.BoardFilter;
import org.minyi.dashboard.board.domain.DayCount;
import org.minyi.dashboard.board.domain.PageOf;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportProjections;
import org.minyi.dashboard.board.domain.SubmissionCounts;
import org.minyi.dashboard.board.domain.StageTime;
import org.minyi.dashboard.board.domain.StageTimes;
import org.minyi.dashboard.board.domain.Summary;
import org.minyi.dashboard.board.domain.Trend;

/**
 * The board as viewers read it. The summary and the stage times are computed over many projections,
 * so one computed result is shared for a while ({@code summaryMaxAge}, {@code stagesMaxAge}): many open
 * pages refreshing at once cost one query.
 */
public final class ReadingBoard {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages are refused: skipping that far costs the store more than any reader needs. */
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_TREND_DAYS = 366;
    /** Stage times look at the reports that moved within this window. */
    public static final Duration STAGE_WINDOW = Duration.ofDays(365);

    private final ReportProjections projections;
    private final Clock clock;
    private final ZoneId zone;
    private final Shared<Summary> summary;
    private final Shared<List<StageTime>> stages;

    public ReadingBoard(ReportProjections projections, SubmissionCounts submissions, Clock clock, ZoneId zone,
                        Duration summaryMaxAge, Duration stagesMaxAge) {
        this.projections = projections;
        this.clock = clock;
        this.zone = zone;
        this.summary = new Shared<>(summaryMaxAge,
                now -> projections.summarise().withSubmissions(submissions.countByTopic(),
                        submissions.countBySource()));
        this.stages = new Shared<>(stagesMaxAge,
                now -> StageTimes.of(projections.touchedSince(now.minus(STAGE_WINDOW)), now));
    }

    public Summary summary() {
        return summary.get();
    }

    public PageOf<ReportProjection> list(BoardFilter filter, int page, int size) {
        return projections.list(filter, Math.max(0, page), cap(size));
    }

    /** The reports whose handling is overdue, longest overdue first. */
    public PageOf<ReportProjection> overdue(int page, int size) {
        return projections.overdue(Math.max(0, page), cap(size));
    }

    /**
     * The reports undecided past their committee's review time limit — of {@code committee}, or of every
     * committee when it is {@code null} — longest overdue first.
     */
    public PageOf<ReportProjection> reviewOverdue(String committee, int page, int size) {
        return projections.reviewOverdue(committee, Math.max(0, page), cap(size));
    }

    /** Time spent in each stage by the reports that moved in the last year. */
    public List<StageTime> stageTimes() {
        return stages.get();
    }

    /** New, adopted and closed reports per day over the last {@code days} days, today included. */
    public List<DayCount> trend(int days) {
        int window = Math.max(1, Math.min(days, MAX_TREND_DAYS));
        Instant now = clock.instant();
        Instant since = now.atZone(zone).toLocalDate().minusDays(window - 1L).atStartOfDay(zone).toInstant();
        return Trend.of(projections.touchedSince(since), now.atZone(zone).toLocalDate(), window, zone);
    }

    /** Forgets computed results, e.g. after a replay emptied the projections. */
    public void forget() {
        summary.forget();
        stages.forget();
    }

    private static int cap(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    /** A result computed from the time of asking, shared until it is {@code maxAge} old. */
    private final class Shared<T> {

        private final Duration maxAge;
        private final Function<Instant, T> compute;
        private volatile Computed<T> latest;

        private Shared(Duration maxAge, Function<Instant, T> compute) {
            this.maxAge = maxAge;
            this.compute = compute;
        }

        T get() {
            Instant now = clock.instant();
            Computed<T> computed = latest;
            if (computed == null || !now.isBefore(computed.validUntil())) {
                computed = new Computed<>(compute.apply(now), now.plus(maxAge));
                latest = computed;
            }
            return computed.value();
        }

        void forget() {
            latest = null;
        }
    }

    private record Computed<T>(T value, Instant validUntil) {
    }
}
