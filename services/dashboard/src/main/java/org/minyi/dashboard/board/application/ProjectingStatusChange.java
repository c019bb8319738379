package org.minyi.dashboard.board.application;

import org.minyi.dashboard.board.domain.OverdueFlag;
import org.minyi.dashboard.board.domain.ReportProjections;
import org.minyi.dashboard.board.domain.ReviewOverdueFlag;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.StatusFeed;

/**
 * Takes in one announced status change: the report's projection first (only when the change is
 * newer), then the live feed (every distinct change, stale ones too — they happened). Each step is
 * idempotent on its own, so a redelivery after a failure between them completes what is missing.
 */
public final class ProjectingStatusChange {

    private final ReportProjections projections;
    private final StatusFeed feed;

    public ProjectingStatusChange(ReportProjections projections, StatusFeed feed) {
        this.projections = projections;
        this.feed = feed;
    }

    public Outcome project(StatusChange change) {
        boolean projected = projections.project(change);
        boolean fed = feed.append(change);
        return new Outcome(projected, fed);
    }

    /**
     * Takes in an OVERDUE flag: kept on the report's projection until its next status change.
     *
     * @return false for a repeat, a flag overtaken by a later change, or a report the board does not know
     */
    public boolean flag(OverdueFlag flag) {
        return projections.flag(flag);
    }

    /**
     * Takes in a REVIEW_OVERDUE flag: kept on the report's projection while it stays undecided with that
     * committee (a claim keeps it, any other change ends it).
     *
     * @return false for a repeat, a stint flagged already, a flag overtaken by a later change, or a report
     *         the board does not know
     */
    public boolean flag(ReviewOverdueFlag flag) {
        return projections.flag(flag);
    }

    /**
     * @param projected whether the projection changed
     * @param fed       whether the feed got a new entry (false for a repeated event id)
     */
    public record Outcome(boolean projected, boolean fed) {

        /** A new event that arrived after a newer one had been applied; otherwise unapplied means repeated. */
        public boolean stale() {
            return fed && !projected;
        }
    }
}
