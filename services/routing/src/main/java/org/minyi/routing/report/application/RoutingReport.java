package org.minyi.routing.report.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportRouted;
import org.minyi.routing.report.domain.Router;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.application.ManagingRules;
import org.minyi.routing.rules.domain.Assignment;
import org.minyi.routing.rules.domain.RoutingInput;
import org.minyi.routing.rules.domain.TopicRoute;
import org.minyi.routing.topic.domain.Topics;

/**
 * Routes a submitted report — first submission or revision — to a committee by the rules in force and
 * the topic it names. The decision and the events announcing it are stored at once; the same
 * submission delivered again changes nothing.
 */
public final class RoutingReport {

    private final RoutingCases cases;
    private final ManagingRules rules;
    private final Topics topics;
    private final Clock clock;
    private final AutomaticSteps steps;

    public RoutingReport(RoutingCases cases, ManagingRules rules, Topics topics, Clock clock, AutomaticSteps steps) {
        this.cases = cases;
        this.rules = rules;
        this.topics = topics;
        this.clock = clock;
        this.steps = steps;
    }

    /** @return whether the submission was routed (false for a repeat or a stale submission) */
    public boolean route(Submission submission) {
        Router router = this::assign;
        return OnConflict.retry(() -> {
            Optional<RoutingCase> found = cases.find(submission.reportId());
            if (found.isEmpty()) {
                RoutingCase.Opened opened = RoutingCase.open(submission, router, clock.instant());
                cases.add(opened.routingCase(), List.of(opened.routed()));
                audit(opened.routed());
                return true;
            }
            RoutingCase routingCase = found.get();
            Optional<ReportRouted> routed = routingCase.route(submission, router, clock.instant());
            if (routed.isEmpty()) {
                return false;
            }
            cases.update(routingCase, List.of(routed.get()));
            audit(routed.get());
            return true;
        });
    }

    /** The rules' decision, in the audit trail as an automatic step. */
    private void audit(ReportRouted routed) {
        Decision d = routed.decision();
        steps.record("route to " + d.committee() + " by rule " + d.rule() + " (v" + d.ruleVersion() + "), revision "
                + d.revision(), routed.submission().reportId().value());
    }

    private Assignment assign(Submission submission) {
        ReportContent c = submission.content();
        TopicRoute topic = c.topicId() == null ? null : topics.find(c.topicId())
                .map(t -> TopicRoute.assigned(t.id(), t.committees()))
                .orElse(TopicRoute.unknown(c.topicId()));
        return rules.inForce().decide(RoutingInput.of(c.category(), c.domain(), c.sector(), c.township(), c.topicId(),
                c.title(), c.situation(), c.analysis(), c.suggestions()), topic);
    }
}
