package org.minyi.followup.audit.web;

import java.time.Instant;
import java.util.List;

import org.minyi.followup.audit.domain.AuditEntry;
import org.minyi.followup.audit.domain.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the office reads follow-up's audit trail, newest first, paged. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int MAX_PAGE_SIZE = 100;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    Page list(@RequestParam(required = false) String principal,
              @RequestParam(required = false) String object,
              @RequestParam(required = false) AuditEntry.Outcome outcome,
              @RequestParam(required = false) Instant from,
              @RequestParam(required = false) Instant to,
              @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        // not so far that page × size leaves what the store can skip
        int first = Math.min(Math.max(0, page), Integer.MAX_VALUE / capped);
        AuditTrail.Found found = trail.find(new AuditTrail.Filter(principal, object, outcome, from, to), first,
                capped);
        return new Page(found.items(), first, capped, found.total());
    }

    record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
