package org.minyi.leadership.inbox.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.chassis.web.Paging;
import org.minyi.leadership.inbox.application.DisposingReport;
import org.minyi.leadership.inbox.application.FindingInbox;
import org.minyi.leadership.inbox.application.InstructingReport;
import org.minyi.leadership.inbox.application.ReleasingInstruction;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.Leaders;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.web.InboxResponses.InboxEntry;
import org.minyi.leadership.inbox.web.InboxResponses.ItemView;
import org.springframework.http.ResponseEntity;
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
 * The leaders' inbox, 批示, releasing a 批示 to the authors, 转办 and 存档. Which role may call what is in
 * {@code LeadershipAccess}; which items a caller sees, in the queries.
 */
@RestController
@RequestMapping("/api/leadership")
@Tag(name = "inbox", description = "领导收件箱、批示、批示公开、转办与存档 The leaders' inbox, instructions, their release to "
        + "the authors, forwards and archiving")
class InboxController {

    private final FindingInbox finding;
    private final InstructingReport instructing;
    private final ReleasingInstruction releasing;
    private final DisposingReport disposing;
    private final Leaders leaders;

    InboxController(FindingInbox finding, InstructingReport instructing, ReleasingInstruction releasing,
                    DisposingReport disposing, Leaders leaders) {
        this.finding = finding;
        this.instructing = instructing;
        this.releasing = releasing;
        this.disposing = disposing;
        this.leaders = leaders;
    }

    @GetMapping("/inbox")
    @Operation(summary = "收件箱，紧急在前，最新在前 The inbox, urgent first, then newest",
            description = "A leader's holds what was sent to them; the secretariat's and the office's, everything. "
                    + "By default the reports still SENT_TO_LEADERS; status=INSTRUCTED, FORWARDED or ARCHIVED lists "
                    + "the decided ones")
    Paging.Page<InboxEntry> inbox(@RequestParam(required = false) ReportStatus status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @AuthenticationPrincipal Jwt jwt) {
        Paging paging = Paging.of(page, size);
        PageOf<InboxItem> found = finding.inbox(Actors.from(jwt), status, paging.page(), paging.size());
        return new Paging.Page<>(found.items(), found.page(), found.size(), found.total())
                .map(item -> InboxEntry.of(item, leaders));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "一份信息全文及其报送领导、批示、转办、存档 One report's text, the leaders it was sent to, its "
            + "instructions, forwards and archiving", description = "404 for a report not sent to the calling leader")
    ItemView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(finding.get(new ReportId(id), Actors.from(jwt)), leaders);
    }

    @PostMapping("/reports/{id}/instructions")
    @Operation(summary = "批示 A leader instructs, or the secretariat records a leader's instruction",
            description = "201 with Location; a report may be instructed again (by the same or another leader) while "
                    + "SENT_TO_LEADERS, INSTRUCTED or FORWARDED")
    ResponseEntity<ItemView> instruct(@PathVariable String id, @RequestBody InstructionRequest body,
                                      @AuthenticationPrincipal Jwt jwt) {
        InboxItem item = instructing.instruct(new ReportId(id), body.toCommand(), Actors.from(jwt));
        return ResponseEntity.created(URI.create("/api/leadership/reports/" + item.id().value()))
                .body(ItemView.of(item, leaders));
    }

    @PostMapping("/reports/{id}/instructions/{instructionId}/release")
    @Operation(summary = "向作者公开批示内容 Release an instruction's text to the report's authors",
            description = "Once: a repeat answers 200 and announces nothing")
    ItemView release(@PathVariable String id, @PathVariable String instructionId, @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(releasing.release(new ReportId(id), instructionId, Actors.from(jwt)), leaders);
    }

    @PostMapping("/reports/{id}/forward")
    @Operation(summary = "转办 The office or the secretariat forwards a waiting report to units")
    ItemView forward(@PathVariable String id, @RequestBody ForwardRequest body, @AuthenticationPrincipal Jwt jwt) {
        ForwardRequest.Checked checked = body.check();
        return ItemView.of(disposing.forward(new ReportId(id), checked.comment(), checked.units(), Actors.from(jwt)),
                leaders);
    }

    @PostMapping("/reports/{id}/archive")
    @Operation(summary = "存档 The office or the secretariat archives a waiting report")
    ItemView archive(@PathVariable String id, @RequestBody ArchiveRequest body, @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(disposing.archive(new ReportId(id), body.checkedReason(), Actors.from(jwt)), leaders);
    }
}
