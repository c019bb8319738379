package org.minyi.followup.handling.application;

import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.Handlings;
import org.minyi.followup.handling.domain.ReportId;

/**
 * Keeps the sequence of each held handling current with what {@code report-status} announces, so that
 * the next status change follows every step taken elsewhere. Reports without a handling are ignored.
 */
public final class FollowingReportStatus {

    private final Handlings handlings;

    public FollowingReportStatus(Handlings handlings) {
        this.handlings = handlings;
    }

    /** @return whether a handling changed (false for a stale or own announcement, or a report not held) */
    public boolean observe(ReportId id, long sequence) {
        return OnConflict.retry(() -> {
            Handling handling = handlings.find(id).orElse(null);
            if (handling == null || !handling.observe(sequence)) {
                return false;
            }
            handlings.update(handling, List.of());
            return true;
        });
    }
}
