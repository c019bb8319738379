package org.minyi.routing.report.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.minyi.routing.reference.domain.CountyCodes;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.reference.domain.Texts;
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
    private final OutboundEvents outbound;
    private final Clock clock;

    public ReroutingReport(RoutingCases cases, CountyCodes codes, OutboundEvents outbound, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.outbound = outbound;
        this.clock = clock;
    }

    /**
     * @throws InvalidInput naming a committee that does not exist or is where the report is, or a missing reason
     * @throws CaseNotFound when routing has no case for the report
     */
    public RoutingCase reroute(ReportId id, String committee, String reason, String by, Causation causation) {
        String why = Texts.normalise(reason);
        List<FieldProblem> problems = new ArrayList<>();
        if (committee == null || committee.isBlank()) {
            problems.add(FieldProblem.required("committee", "专委会"));
        } else if (!codes.isRoutingTarget(committee)) {
            problems.add(FieldProblem.unknownCode("committee", "专委会", committee));
        }
        if (why == null || why.isEmpty()) {
            problems.add(FieldProblem.required("reason", "改派理由"));
        } else if (Texts.length(why) > REASON_MAX) {
            problems.add(FieldProblem.tooLong("reason", "改派理由", REASON_MAX));
        } else if (Texts.hasControlCharactersBesidesLineBreaks(why)) {
            problems.add(FieldProblem.badText("reason", "改派理由"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return OnConflict.retry(() -> {
            RoutingCase routingCase = cases.find(id).orElseThrow(() -> new CaseNotFound(id));
            ReportRerouted rerouted = routingCase.reroute(committee, why, by, clock.instant());
            cases.update(routingCase, outbound.translate(rerouted, routingCase, causation));
            return routingCase;
        });
    }
}
