package org.minyi.routing.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minyi.routing.audit.domain.AuditEntry;
import org.minyi.routing.audit.domain.AuditTrail;
import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the office reads routing's audit trail, newest first, paged. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int MAX_PAGE_SIZE = 100;
    /** Principals (token subjects) and objects (report ids, topic codes, {@code rules/3}) as the trail keeps them. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@:/-]{1,128}");

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
        named("principal", principal, problems);
        named("object", object, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        AuditTrail.Found found = trail.find(new AuditTrail.Filter(principal, object, outcome, from, to),
                Math.max(0, page), capped);
        return new Page(found.items(), Math.max(0, page), capped, found.total());
    }

    private static void named(String field, String value, List<FieldProblem> problems) {
        if (value != null && !NAME.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "bad_value", "参数值无效：" + field, "invalid value for " + field));
        }
    }

    record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
