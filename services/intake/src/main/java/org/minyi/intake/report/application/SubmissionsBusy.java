package org.minyi.intake.report.application;

/** Submissions queued longer than they may wait for a tracking number (the database is slow or away). */
public final class SubmissionsBusy extends RuntimeException {

    public SubmissionsBusy(String message) {
        super(message);
    }
}
