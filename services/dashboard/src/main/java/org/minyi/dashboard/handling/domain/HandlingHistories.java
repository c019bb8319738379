package org.minyi.dashboard.handling.domain;

import java.util.List;

/**
 * The reports' handling histories. Every fact is kept once by its event id, in one atomic write, so a
 * repeated event changes nothing and facts may arrive in any order.
 */
public interface HandlingHistories {

    /** @return whether it was new (false for a repeat) */
    boolean record(Assignment assignment);

    boolean record(HandledReport handled);

    boolean record(Rating rating);

    boolean record(Reopening reopening);

    boolean record(UnitFlag flag);

    /** The histories of the reports with a task assigned in the county's {@code year}. */
    List<HandlingHistory> assignedIn(int year);

    /** Drops every history (before a replay). */
    void wipe();
}
