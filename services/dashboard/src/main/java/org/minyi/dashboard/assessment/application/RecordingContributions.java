package org.minyi.dashboard.assessment.application;

import org.minyi.dashboard.assessment.domain.Achievement;
import org.minyi.dashboard.assessment.domain.Adoption;
import org.minyi.dashboard.assessment.domain.Contributions;
import org.minyi.dashboard.assessment.domain.Merge;
import org.minyi.dashboard.assessment.domain.Submission;

/**
 * Takes in the facts the yearly assessment is computed from. Each write is idempotent on its own
 * (see {@link Contributions}), so a redelivered event changes nothing.
 */
public final class RecordingContributions {

    private final Contributions contributions;

    public RecordingContributions(Contributions contributions) {
        this.contributions = contributions;
    }

    /** @return whether the fact was new */
    public boolean record(Submission submission) {
        return contributions.record(submission);
    }

    public boolean record(Adoption adoption) {
        return contributions.record(adoption);
    }

    public boolean record(Merge merge) {
        return contributions.record(merge);
    }

    public boolean record(Achievement achievement) {
        return contributions.record(achievement);
    }
}
