package org.minyi.dashboard.board.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.minyi.dashboard.board.domain.BoardFilter;
import org.minyi.dashboard.board.domain.PageOf;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportProjections;
import org.minyi.dashboard.board.domain.Summary;

/**
 * The board as viewers read it. The summary is computed over every projection, so one computed
 * result is shared for {@code summaryMaxAge}: many open pages refreshing at once cost one query.
 */
public final class ReadingBoard {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReportProjections projections;
    private final Clock clock;
    private final Duration summaryMaxAge;
    private volatile Computed latest;

    public ReadingBoard(ReportProjections projections, Clock clock, Duration summaryMaxAge) {
        this.projections = projections;
        this.clock = clock;
        this.summaryMaxAge = summaryMaxAge;
    }

    public Summary summary() {
        Instant now = clock.instant();
        Computed computed = latest;
        if (computed == null || !now.isBefore(computed.validUntil())) {
            computed = new Computed(projections.summarise(), now.plus(summaryMaxAge));
            latest = computed;
        }
        return computed.summary();
    }

    public PageOf<ReportProjection> list(BoardFilter filter, int page, int size) {
        return projections.list(filter, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    private record Computed(Summary summary, Instant validUntil) {
    }
}
