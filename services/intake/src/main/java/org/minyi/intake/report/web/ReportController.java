package org.minyi.intake.report.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.minyi.intake.report.application.AmendingReport;
import org.minyi.intake.report.application.FindingReports;
import org.minyi.intake.report.application.FieldProblem;
import org.minyi.intake.report.application.SubmitReport;
import org.minyi.intake.report.application.SubmittingReport;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.PageOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.web.ReportResponses.Accepted;
import org.minyi.intake.report.web.ReportResponses.Page;
import org.minyi.intake.report.web.ReportResponses.ReportView;
import org.minyi.intake.report.web.ReportResponses.Timeline;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final String CORRELATION = "X-Correlation-Id";

    private final SubmittingReport submitting;
    private final AmendingReport amending;
    private final FindingReports finding;

    ReportController(SubmittingReport submitting, AmendingReport amending, FindingReports finding) {
        this.submitting = submitting;
        this.amending = amending;
        this.finding = finding;
    }

    @PostMapping
    ResponseEntity<Accepted> submit(@RequestBody JsonNode body,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    @RequestHeader(name = CORRELATION, required = false) String correlation,
                                    @AuthenticationPrincipal Jwt jwt) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,128}")) {
            throw new InvalidRequest(List.of(new FieldProblem("Idempotency-Key", "bad_key",
                    "Idempotency-Key 须为1至128个可见ASCII字符", "Idempotency-Key must be 1 to 128 visible ASCII characters")));
        }
        SubmittingReport.Submitted submitted = submitting.submit(new SubmitReport(ReportBody.read(body), Actors.from(jwt),
                idempotencyKey, RequestIds.causation(correlation)));
        Report report = submitted.report();
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/reports/" + report.id().value()));
        if (submitted.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(Accepted.of(report));
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(finding.get(new ReportId(id), actor), actor);
    }

    @GetMapping("/{id}/timeline")
    Timeline timeline(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return Timeline.of(finding.get(new ReportId(id), Actors.from(jwt)));
    }

    @PutMapping("/{id}")
    ReportView revise(@PathVariable String id, @RequestBody JsonNode body,
                      @RequestHeader(name = CORRELATION, required = false) String correlation,
                      @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(amending.revise(new ReportId(id), ReportBody.read(body), actor, RequestIds.causation(correlation)),
                actor);
    }

    @PostMapping("/{id}/withdraw")
    ReportView withdraw(@PathVariable String id,
                        @RequestHeader(name = CORRELATION, required = false) String correlation,
                        @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(amending.withdraw(new ReportId(id), actor, RequestIds.causation(correlation)), actor);
    }

    @GetMapping
    Page<ReportView> list(@RequestParam(required = false) ReportStatus status,
                          @RequestParam(required = false) String township,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size,
                          @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        PageOf<Report> reports = finding.list(actor, new ReportFilter(status, township), page, size);
        Set<ReportId> visible = finding.visibleDuplicates(reports.items(), actor);
        PageOf<ReportView> found = reports.map(report -> ReportView.of(report, actor, visible));
        return new Page<>(found.items(), found.page(), found.size(), found.total());
    }

    private ReportView view(Report report, Actor actor) {
        return ReportView.of(report, actor, finding.visibleDuplicates(List.of(report), actor));
    }
}
