package org.minyi.dashboard.handling.application;

import org.minyi.dashboard.handling.domain.Assignment;
import org.minyi.dashboard.handling.domain.HandledReport;
import org.minyi.dashboard.handling.domain.HandlingHistories;
import org.minyi.dashboard.handling.domain.Rating;
import org.minyi.dashboard.handling.domain.Reopening;
import org.minyi.dashboard.handling.domain.UnitFlag;

/**
 * Takes in what the units' record is counted from. Each write is idempotent on its own (see
 * {@link HandlingHistories}), so a redelivered event changes nothing.
 */
public final class RecordingHandling {

    private final HandlingHistories histories;

    public RecordingHandling(HandlingHistories histories) {
        this.histories = histories;
    }

    /** @return whether the fact was new */
    public boolean record(Assignment assignment) {
        return histories.record(assignment);
    }

    public boolean record(HandledReport handled) {
        return histories.record(handled);
    }

    public boolean record(Rating rating) {
        return histories.record(rating);
    }

    public boolean record(Reopening reopening) {
        return histories.record(reopening);
    }

    public boolean record(UnitFlag flag) {
        return histories.record(flag);
    }
}
