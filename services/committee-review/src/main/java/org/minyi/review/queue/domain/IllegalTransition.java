package org.minyi.review.queue.domain;

/** The item's current status does not allow this step. */
public class IllegalTransition extends RuntimeException {

    private final ReportId reportId;
    private final ReportStatus current;

    public IllegalTransition(ReportId id, ReportStatus current, String message) {
        super(message + " (report " + id + " is " + current + ")");
        this.reportId = id;
        this.current = current;
    }

    public ReportId reportId() {
        return reportId;
    }

    public ReportStatus current() {
        return current;
    }
}
