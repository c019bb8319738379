package org.minyi.dashboard.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minyi.dashboard.audit.domain.AuditEntry;
import org.minyi.dashboard.audit.domain.AuditTrail;
import org.minyi.dashboard.web.FieldProblem;
import org.minyi.dashboard.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the office reads the dashboard's audit trail, newest first, paged; through the
 * gateway at {@code /api/audit/dashboard}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    /** Principals ({@code reviewer-economy}, {@code anonymous}) and objects (a year, an id) as they are recorded. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}");

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
        checkName("principal", principal, problems);
        checkName("object", object, problems);
        if (page > MAX_PAGE) {
            problems.add(new FieldProblem("page", "bad_value", "页码不能超过 " + MAX_PAGE,
                    "page may be at most " + MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        AuditTrail.Found found = trail.find(new AuditTrail.Filter(principal, object, outcome, from, to),
                Math.max(0, page), capped);
        return new Page(found.items(), Math.max(0, page), capped, found.total());
    }

    private static void checkName(String field, String value, List<FieldProblem> problems) {
        if (value != null && !NAME.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "bad_value", "取值格式无效：" + field, "not a valid value: " + field));
        }
    }

    record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
