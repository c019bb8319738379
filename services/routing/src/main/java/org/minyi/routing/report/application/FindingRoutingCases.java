package org.minyi.routing.report.application;

import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;

/** The office looks up how a report was routed. */
public final class FindingRoutingCases {

    private final RoutingCases cases;

    public FindingRoutingCases(RoutingCases cases) {
        this.cases = cases;
    }

    public RoutingCase get(ReportId id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }
}
