package org.minyi.routing.report.application;

import org.minyi.routing.report.domain.ReportId;

/** Routing has no case for this report (not submitted, or not routed yet). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(ReportId id) {
        super("no routing case for report " + id);
    }
}
