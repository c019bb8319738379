package org.minyi.chassis.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the office reads the service's audit trail, newest first, paged; through the
 * gateway at {@code /api/audit/<service>}.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计记录 The service's audit trail")
public class AuditController {

    /** Principals ({@code reviewer-economy}, {@code anonymous}) and objects (an id, a year, {@code rules/7}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,127}");

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "审计记录，最新在前 Audit entries, newest first")
    public Paging.Page<AuditEntry> list(@RequestParam(required = false) String principal,
                                        @RequestParam(required = false) String object,
                                        @RequestParam(required = false) AuditEntry.Outcome outcome,
                                        @RequestParam(required = false) Instant from,
                                        @RequestParam(required = false) Instant to,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName("principal", principal, problems);
        checkName("object", object, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Paging paging = Paging.of(page, size);
        AuditTrail.Found found = trail.find(new AuditTrail.Filter(principal, object, outcome, from, to),
                paging.page(), paging.size());
        return new Paging.Page<>(found.items(), paging.page(), paging.size(), found.total());
    }

    private static void checkName(String field, String value, List<FieldProblem> problems) {
        if (value != null && !NAME.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "bad_value", "取值格式无效：" + field, "not a valid value: " + field));
        }
    }
}
