package org.minyi.dashboard.board.domain;

import java.time.Instant;
import java.util.List;

/** The board's projection of every report, one per report. */
public interface ReportProjections {

    /**
     * Applies {@code change} by the rule of {@link ReportProjection}, creating the projection when the
     * report is new to the board; one atomic write, safe against concurrent and repeated delivery.
     *
     * @return whether the change was applied (false when stale or a repeat)
     */
    boolean project(StatusChange change);

    /**
     * Adds {@code flag} to its report's projection by the rule of {@link ReportProjection#flag}, in one
     * atomic write; a flag for a report the board does not know yet is not kept.
     *
     * @return whether the flag was added
     */
    boolean flag(OverdueFlag flag);

    /**
     * Adds {@code flag} to its report's projection by the rule of {@link ReportProjection#flag(ReviewOverdueFlag)},
     * in one atomic write; a flag for a report the board does not know yet is not kept.
     *
     * @return whether the flag was added
     */
    boolean flag(ReviewOverdueFlag flag);

    /** The projections matching {@code filter}, most recently updated first. */
    PageOf<ReportProjection> list(BoardFilter filter, int page, int size);

    /** The overdue reports, longest overdue first. */
    PageOf<ReportProjection> overdue(int page, int size);

    /**
     * The reports past their committee's review time limit — of {@code committee}, or of every committee
     * when it is {@code null} — longest overdue first.
     */
    PageOf<ReportProjection> reviewOverdue(String committee, int page, int size);

    /** The projections changed at or after {@code since}, with their paths. */
    List<ReportProjection> touchedSince(Instant since);

    Summary summarise();

    /** Drops every projection (before a replay). */
    void wipe();
}
