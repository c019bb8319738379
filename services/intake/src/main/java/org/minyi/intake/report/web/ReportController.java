package org.minyi.intake.report.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.web.Paging;
import org.minyi.intake.reference.domain.DisplayNames;
import org.minyi.intake.report.application.AmendingReport;
import org.minyi.intake.report.application.FindingReports;
import org.minyi.intake.report.application.SubmitReport;
import org.minyi.intake.report.application.SubmittingReport;
import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.PageOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.web.ReportResponses.Accepted;
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

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports", description = "提交、修改、撤回与查询社情民意信息 Submit, revise, withdraw and read reports")
class ReportController {

    private final SubmittingReport submitting;
    private final AmendingReport amending;
    private final FindingReports finding;
    private final DisplayNames names;

    ReportController(SubmittingReport submitting, AmendingReport amending, FindingReports finding,
                     DisplayNames names) {
        this.submitting = submitting;
        this.amending = amending;
        this.finding = finding;
        this.names = names;
    }

    @PostMapping
    @Operation(summary = "提交 Submit a report", description = "201 with Location; a repeat with the same "
            + "Idempotency-Key and body answers the first report again (Idempotent-Replayed: true)")
    ResponseEntity<Accepted> submit(@RequestBody ReportRequest body,
                                    @Parameter(description = "1 to 128 visible ASCII characters")
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    @AuthenticationPrincipal Jwt jwt) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,128}")) {
            throw new InvalidInput(new FieldProblem("Idempotency-Key", "bad_key",
                    "Idempotency-Key 须为1至128个可见ASCII字符", "Idempotency-Key must be 1 to 128 visible ASCII characters"));
        }
        SubmittingReport.Submitted submitted = submitting.submit(new SubmitReport(body.toContent(), Actors.from(jwt),
                idempotencyKey));
        Report report = submitted.report();
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/reports/" + report.id().value()));
        if (submitted.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(Accepted.of(report));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份信息 One report", description = "With the committee's latest decision or return "
            + "(review) and what came of it after the leaders (outcome)")
    ReportView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(finding.get(new ReportId(id), actor), actor);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "办理进程 The report's life so far, each step with who took it and why")
    Timeline timeline(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return Timeline.of(finding.get(new ReportId(id), Actors.from(jwt)), names);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改 Revise a returned report")
    ReportView revise(@PathVariable String id, @RequestBody ReportRequest body, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(amending.revise(new ReportId(id), body.toContent(), actor), actor);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回 Withdraw before a decision", description = "The body {reason} may be left out")
    ReportView withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawRequest body,
                        @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        String reason = WithdrawRequest.reasonOf(body);
        return view(amending.withdraw(new ReportId(id), reason, actor), actor);
    }

    @GetMapping
    @Operation(summary = "信息列表 Reports the caller may see, newest first")
    Paging.Page<ReportView> list(@RequestParam(required = false) ReportStatus status,
                          @RequestParam(required = false) String township,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size,
                          @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        Paging paging = Paging.of(page, size);
        PageOf<Report> reports = finding.list(actor, new ReportFilter(status, township), paging.page(), paging.size());
        Set<ReportId> visible = finding.visibleDuplicates(reports.items(), actor);
        return new Paging.Page<>(reports.items().stream().map(report -> ReportView.of(report, actor, visible, names))
                .toList(),
                reports.page(), reports.size(), reports.total());
    }

    private ReportView view(Report report, Actor actor) {
        return ReportView.of(report, actor, finding.visibleDuplicates(List.of(report), actor), names);
    }
}
