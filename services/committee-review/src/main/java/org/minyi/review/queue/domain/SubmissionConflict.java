package org.minyi.review.queue.domain;

/**
 * A submission stands in the way: another one was sent to the same CPPCC on the same day, or the submission an
 * adoption names was answered already.
 */
public class SubmissionConflict extends IllegalTransition {

    private final String submissionId;

    public SubmissionConflict(ReportId id, ReportStatus current, String submissionId, String message) {
        super(id, current, message);
        this.submissionId = submissionId;
    }

    /** The submission in the way. */
    public String submissionId() {
        return submissionId;
    }
}
