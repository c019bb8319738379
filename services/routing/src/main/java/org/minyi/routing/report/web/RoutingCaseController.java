package org.minyi.routing.report.web;

import java.time.Instant;
import java.util.List;

import org.minyi.routing.report.application.FindingRoutingCases;
import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.RoutingCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/routing/reports/{id}}: where a report was routed, by which rule, and every decision. */
@RestController
@RequestMapping("/api/routing/reports")
class RoutingCaseController {

    private final FindingRoutingCases finding;

    RoutingCaseController(FindingRoutingCases finding) {
        this.finding = finding;
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable String id) {
        return CaseView.of(finding.get(new ReportId(id)));
    }

    /** No report text: routing's record of the report is codes and decisions only. */
    record CaseView(String reportId, String trackingNumber, int revision, String township, String category,
                    String domain, String committee, String rule, long sequence, Instant updatedAt,
                    List<DecisionView> decisions) {

        static CaseView of(RoutingCase c) {
            return new CaseView(c.id().value(), c.trackingNumber(), c.revision(), c.township(), c.category().name(),
                    c.domain(), c.committee(), c.rule(), c.sequence(), c.updatedAt(),
                    c.decisions().stream().map(DecisionView::of).toList());
        }
    }

    record DecisionView(String eventId, String submissionEventId, int revision, long sequence, String committee,
                        String rule, Instant decidedAt) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.eventId().toString(), d.submissionEventId().toString(), d.revision(),
                    d.sequence(), d.committee(), d.rule(), d.decidedAt());
        }
    }
}
