package org.minyi.leadership.inbox.domain;

/** The report has no instruction with this id. */
public class InstructionNotFound extends RuntimeException {

    public InstructionNotFound(ReportId report, String instructionId) {
        super("report " + report + " has no instruction " + instructionId);
    }
}
