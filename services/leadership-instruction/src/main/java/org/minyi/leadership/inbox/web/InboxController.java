package org.minyi.leadership.inbox.web;

import java.net.URI;

import org.minyi.leadership.inbox.application.DisposingReport;
import org.minyi.leadership.inbox.application.FindingInbox;
import org.minyi.leadership.inbox.application.InstructingReport;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.PageOf;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.web.InboxResponses.InboxEntry;
import org.minyi.leadership.inbox.web.InboxResponses.ItemView;
import org.minyi.leadership.inbox.web.InboxResponses.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaders' inbox, 批示, 转办 and 存档. Which role may call what is in the security configuration. */
@RestController
@RequestMapping("/api/leadership")
class InboxController {

    private static final String CORRELATION = "X-Correlation-Id";

    private final FindingInbox finding;
    private final InstructingReport instructing;
    private final DisposingReport disposing;

    InboxController(FindingInbox finding, InstructingReport instructing, DisposingReport disposing) {
        this.finding = finding;
        this.instructing = instructing;
        this.disposing = disposing;
    }

    @GetMapping("/inbox")
    Page<InboxEntry> inbox(@RequestParam(required = false) ReportStatus status,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           @AuthenticationPrincipal Jwt jwt) {
        PageOf<InboxEntry> found = finding.inbox(Actors.from(jwt), status, page, size).map(InboxEntry::of);
        return new Page<>(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/reports/{id}")
    ItemView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(finding.get(new ReportId(id), Actors.from(jwt)));
    }

    @PostMapping("/reports/{id}/instructions")
    ResponseEntity<ItemView> instruct(@PathVariable String id, @RequestBody InstructionRequest body,
                                      @RequestHeader(name = CORRELATION, required = false) String correlation,
                                      @AuthenticationPrincipal Jwt jwt) {
        InboxItem item = instructing.instruct(new ReportId(id), body.toCommand(), Actors.from(jwt),
                RequestIds.causation(correlation));
        return ResponseEntity.created(URI.create("/api/leadership/reports/" + item.id().value()))
                .body(ItemView.of(item));
    }

    @PostMapping("/reports/{id}/forward")
    ItemView forward(@PathVariable String id, @RequestBody ForwardRequest body,
                     @RequestHeader(name = CORRELATION, required = false) String correlation,
                     @AuthenticationPrincipal Jwt jwt) {
        ForwardRequest.Checked checked = body.check();
        return ItemView.of(disposing.forward(new ReportId(id), checked.comment(), checked.units(), Actors.from(jwt),
                RequestIds.causation(correlation)));
    }

    @PostMapping("/reports/{id}/archive")
    ItemView archive(@PathVariable String id, @RequestBody ArchiveRequest body,
                     @RequestHeader(name = CORRELATION, required = false) String correlation,
                     @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(disposing.archive(new ReportId(id), body.checkedReason(), Actors.from(jwt),
                RequestIds.causation(correlation)));
    }
}
