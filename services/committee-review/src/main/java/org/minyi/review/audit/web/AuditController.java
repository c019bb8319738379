package org.minyi.review.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minyi.review.audit.domain.AuditEntry;
import org.minyi.review.audit.domain.AuditTrail;
import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the office reads committee-review's audit trail, newest first, paged; through the
 * gateway at {@code /api/audit/committee-review}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int MAX_PAGE_SIZE = 100;
    /** A principal's name or an object's id is never longer; anything longer cannot match. */
    static final int NAME_MAX = 128;

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
        List<FieldProblem> problems = new ArrayList<>();
        check("principal", principal, problems);
        check("object", object, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        AuditTrail.Found found = trail.find(new AuditTrail.Filter(principal, object, outcome, from, to),
                Math.max(0, page), capped);
        return new Page(found.items(), Math.max(0, page), capped, found.total());
    }

    private static void check(String field, String value, List<FieldProblem> problems) {
        if (value != null && (value.length() > NAME_MAX || value.chars().anyMatch(Character::isISOControl))) {
            problems.add(new FieldProblem(field, "bad_value", "查询条件无效：" + field,
                    field + " must be a name or id of at most " + NAME_MAX + " characters"));
        }
    }

    record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
