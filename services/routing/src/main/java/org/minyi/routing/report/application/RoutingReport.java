package org.minyi.routing.report.application;

import java.time.Clock;
import java.util.Optional;

import org.minyi.routing.report.domain.ReportRouted;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.domain.RoutingPolicy;

/**
 * Routes a submitted report — first submission or revision — to a committee. The decision and the
 * events announcing it are stored at once; the same submission delivered again changes nothing.
 */
public final class RoutingReport {

    private final RoutingCases cases;
    private final RoutingPolicy policy;
    private final OutboundEvents outbound;
    private final Clock clock;

    public RoutingReport(RoutingCases cases, RoutingPolicy policy, OutboundEvents outbound, Clock clock) {
        this.cases = cases;
        this.policy = policy;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** @return whether the submission was routed (false for a repeat or a stale submission) */
    public boolean route(Submission submission, Causation causation) {
        return OnConflict.retry(() -> {
            Optional<RoutingCase> found = cases.find(submission.reportId());
            if (found.isEmpty()) {
                RoutingCase.Opened opened = RoutingCase.open(submission, policy, clock.instant());
                cases.add(opened.routingCase(), outbound.translate(opened.routed(), opened.routingCase(), causation));
                return true;
            }
            RoutingCase routingCase = found.get();
            Optional<ReportRouted> routed = routingCase.route(submission, policy, clock.instant());
            if (routed.isEmpty()) {
                return false;
            }
            cases.update(routingCase, outbound.translate(routed.get(), routingCase, causation));
            return true;
        });
    }
}
