package org.minyi.dashboard.board.domain;

/** The board's projection of every report, one per report. */
public interface ReportProjections {

    /**
     * Applies {@code change} by the rule of {@link ReportProjection}, creating the projection when the
     * report is new to the board; one atomic write, safe against concurrent and repeated delivery.
     *
     * @return whether the change was applied (false when stale or a repeat)
     */
    boolean project(StatusChange change);

    /** The projections matching {@code filter}, most recently updated first. */
    PageOf<ReportProjection> list(BoardFilter filter, int page, int size);

    Summary summarise();
}
