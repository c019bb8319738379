package org.minyi.routing.report.application;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;

/** The office looks up how reports were routed, and its triage queue. */
public final class FindingRoutingCases {

    private final RoutingCases cases;

    public FindingRoutingCases(RoutingCases cases) {
        this.cases = cases;
    }

    public RoutingCase get(ReportId id) {
        return cases.find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    /**
     * The cases with a committee (e.g. {@code OFFICE}: the triage queue) and a status; {@code null} for any.
     *
     * @throws org.minyi.chassis.problem.InvalidInput when the committee is not a code
     */
    public RoutingCases.Page list(String committee, ReportStatus status, int page, int size) {
        FieldChecks checks = new FieldChecks();
        String code = checks.code("committee", "专委会", committee, false);
        checks.throwIfAny();
        return cases.list(code, status, page, size);
    }
}
