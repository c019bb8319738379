package org.minyi.intake.report.application;

import org.minyi.intake.report.domain.ReportId;

/** No such report, or none the caller may see: the two are not told apart. */
public class ReportNotFound extends RuntimeException {

    public ReportNotFound(ReportId id) {
        super("report " + id + " not found");
    }
}
