package org.minyi.dashboard.replay.application;

import java.time.Clock;
import java.time.Instant;

import org.minyi.dashboard.assessment.application.AssessingYears;
import org.minyi.dashboard.assessment.domain.Contributions;
import org.minyi.dashboard.board.application.ReadingBoard;
import org.minyi.dashboard.board.domain.ReportProjections;
import org.minyi.dashboard.handling.application.ReadingUnitRecords;
import org.minyi.dashboard.handling.domain.HandlingHistories;

/**
 * Rebuilds every projection from the topics' first offsets: stop consuming, rewind the group, drop
 * the projections (reports, submissions, adoptions, merges, achievements, handlings), start again. The rewind
 * comes before the drop, so a refused rewind (another replica still consuming) changes nothing.
 *
 * <p>What is not a projection stays: the office's targets and points tables, the roster, and the live
 * feed (a log whose entries are kept once per event id, so the replayed events do not show again).
 * While the replay runs the board fills up from empty; the consumers' own rules (sequence, event ids)
 * make the result the same as before.
 */
public final class ReplayingProjections {

    private final ConsumerGroup group;
    private final ReportProjections reports;
    private final Contributions contributions;
    private final HandlingHistories handlings;
    private final ReadingBoard board;
    private final AssessingYears years;
    private final ReadingUnitRecords units;
    private final Clock clock;

    public ReplayingProjections(ConsumerGroup group, ReportProjections reports, Contributions contributions,
                                HandlingHistories handlings, ReadingBoard board, AssessingYears years,
                                ReadingUnitRecords units, Clock clock) {
        this.group = group;
        this.reports = reports;
        this.contributions = contributions;
        this.handlings = handlings;
        this.board = board;
        this.years = years;
        this.units = units;
        this.clock = clock;
    }

    /**
     * @return when the consumers started again from offset 0
     * @throws ReplayRefused when the group is busy elsewhere; consumption resumes where it was
     */
    public synchronized Instant replay() {
        group.stop();
        try {
            group.rewindToStart();
            reports.wipe();
            contributions.wipe();
            handlings.wipe();
            board.forget();
            years.forget();
            units.forget();
        } finally {
            group.start();
        }
        return clock.instant();
    }
}
