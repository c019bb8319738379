package org.minyi.routing.report.domain;

/** The report's current status does not allow this step. */
public class IllegalTransition extends RuntimeException {

    private final ReportStatus current;

    public IllegalTransition(ReportId id, ReportStatus current, String message) {
        super(message + " (report " + id + " is " + current + ")");
        this.current = current;
    }

    public ReportStatus current() {
        return current;
    }
}
