package org.minyi.routing.report.application;

import java.time.Clock;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldChecks;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportRerouted;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;

/**
 * The office sends a report to another committee (or out of its triage queue) with a reason, while no
 * committee has decided on it. The flag, the new routing and its status change are stored with the
 * case at once.
 */
public final class ReroutingReport {

    public static final int REASON_MAX = 500;

    private final RoutingCases cases;
    private final CountyCodes codes;
    private final Clock clock;

    public ReroutingReport(RoutingCases cases, CountyCodes codes, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * @throws org.minyi.chassis.problem.InvalidInput naming a committee that does not exist, or a missing or bad reason
     * @throws org.minyi.routing.reference.domain.InvalidInput when the report is with that committee already
     * @throws CaseNotFound when routing has no case for the report
     */
    public RoutingCase reroute(ReportId id, String committee, String reason, String by) {
        FieldChecks checks = new FieldChecks();
        if (committee == null || committee.isBlank()) {
            checks.required("committee", "专委会", null);
        } else if (!codes.isRoutingTarget(committee)) {
            String shown = FieldProblem.quoted(committee, 64);
            checks.add("committee", "unknown_code", "未知的专委会代码：" + shown, "unknown code: " + shown);
        }
        String why = checks.text("reason", "改派理由", reason, true, REASON_MAX);
        checks.throwIfAny();
        return OnConflict.retry(() -> {
            RoutingCase routingCase = cases.find(id).orElseThrow(() -> new CaseNotFound(id));
            ReportRerouted rerouted = routingCase.reroute(committee, why, by, clock.instant());
            cases.update(routingCase, List.of(rerouted));
            return routingCase;
        });
    }
}
