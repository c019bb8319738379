package org.minyi.routing.report.web;

import java.time.Instant;
import java.util.List;

import org.minyi.chassis.web.Paging;
import org.minyi.routing.report.application.FindingRoutingCases;
import org.minyi.routing.report.application.ReroutingReport;
import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/routing/reports[/{id}]}: where reports were routed, by which rule of which version,
 * and every decision (the office's triage queue is {@code ?committee=OFFICE});
 * {@code POST /api/routing/reports/{id}/reroute}: the office sends a report elsewhere, with a reason.
 */
@RestController
@RequestMapping("/api/routing/reports")
class RoutingCaseController {

    private final FindingRoutingCases finding;
    private final ReroutingReport rerouting;

    RoutingCaseController(FindingRoutingCases finding, ReroutingReport rerouting) {
        this.finding = finding;
        this.rerouting = rerouting;
    }

    @GetMapping
    Paging.Page<CaseView> list(@RequestParam(required = false) String committee,
                               @RequestParam(required = false) ReportStatus status,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size);
        RoutingCases.Page found = finding.list(committee, status, paging.page(), paging.size());
        return new Paging.Page<>(found.items().stream().map(CaseView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable String id) {
        return CaseView.of(finding.get(new ReportId(id)));
    }

    @PostMapping("/{id}/reroute")
    CaseView reroute(@PathVariable String id, @RequestBody Reroute body, @AuthenticationPrincipal Jwt jwt) {
        return CaseView.of(rerouting.reroute(new ReportId(id), body.committee(), body.reason(), jwt.getSubject()));
    }

    record Reroute(String committee, String reason) {
    }

    /** No report text: routing's record of the report is codes and decisions only. */
    record CaseView(String reportId, String trackingNumber, int revision, String status, String township,
                    String category, String domain, String topicId, String committee, String rule, int ruleVersion,
                    long sequence, boolean adopted, List<String> qualityFlags, Instant updatedAt,
                    List<DecisionView> decisions) {

        static CaseView of(RoutingCase c) {
            return new CaseView(c.id().value(), c.trackingNumber(), c.revision(), c.status().name(), c.township(),
                    c.category().name(), c.domain(), c.topicId(), c.committee(), c.rule(), c.ruleVersion(),
                    c.sequence(), c.adopted(),
                    c.submission().quality() == null ? List.of() : c.submission().quality().flags(), c.updatedAt(),
                    c.decisions().stream().map(DecisionView::of).toList());
        }
    }

    record DecisionView(String eventId, String submissionEventId, int revision, long sequence, String kind,
                        String committee, String previousCommittee, String rule, int ruleVersion, String reason,
                        String decidedBy, Instant decidedAt) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.eventId().toString(), d.submissionEventId().toString(), d.revision(),
                    d.sequence(), d.kind().name(), d.committee(), d.previousCommittee(), d.rule(), d.ruleVersion(),
                    d.reason(), d.decidedBy(), d.decidedAt());
        }
    }
}
