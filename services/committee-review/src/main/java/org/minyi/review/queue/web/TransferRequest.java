package org.minyi.review.queue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.review.queue.domain.AssignmentPolicy;
import org.minyi.review.queue.domain.UnitAssignment;
import org.minyi.review.queue.domain.UnitRole;

/**
 * The body of {@code POST /api/review/reports/{id}/transfer} (转送): {@code {units: [{unit, role: LEAD|SUPPORT,
 * deadline}], note}}. JSON types, enum values and dates are checked when it is bound; here the note (required,
 * at most {@value #NOTE_MAX} characters counted in code points) and each unit's shape; the assignment rules —
 * one lead unit, each unit once, a unit of the reference data, a sensible deadline — are the domain's.
 */
record TransferRequest(List<Unit> units, String note) {

    static final int NOTE_MAX = 500;
    static final int CODE_MAX = 64;

    record Unit(String unit, UnitRole role, LocalDate deadline) {
    }

    /**
     * The request as read: its units when each is complete, and what is wrong with its shape. Problems with the
     * units' shape are answered at once (the assignment rules cannot be judged on an incomplete list); a problem
     * with the note alone is answered with the broken assignment rules.
     *
     * @throws org.minyi.chassis.problem.InvalidInput naming every bad field, when a unit is incomplete
     */
    Checked check() {
        FieldChecks checks = new FieldChecks();
        String text = checks.text("note", "转送意见", note, true, NOTE_MAX);
        List<UnitAssignment> assignments = new ArrayList<>();
        boolean complete = true;
        if (units == null || units.isEmpty()) {
            checks.add("units", "required", "承办单位不能为空", "units is required");
            complete = false;
        } else if (units.size() > AssignmentPolicy.MAX_UNITS) {
            checks.add("units", "too_many", "承办单位不能超过" + AssignmentPolicy.MAX_UNITS + "个",
                    "at most " + AssignmentPolicy.MAX_UNITS + " units");
            complete = false;
        } else {
            for (int i = 0; i < units.size(); i++) {
                String field = "units[" + i + "]";
                Unit unit = checks.required(field, "承办单位", units.get(i));
                if (unit == null) {
                    complete = false;
                    continue;
                }
                String code = checks.line(field + ".unit", "单位代码", unit.unit(), true, CODE_MAX);
                UnitRole role = checks.required(field + ".role", "承办角色", unit.role());
                LocalDate deadline = checks.required(field + ".deadline", "办理期限", unit.deadline());
                if (code == null || role == null || deadline == null) {
                    complete = false;
                } else {
                    assignments.add(new UnitAssignment(code, role, deadline));
                }
            }
        }
        if (!complete) {
            checks.throwIfAny();
        }
        return new Checked(text, assignments, checks.problems());
    }

    static TransferRequest missingBody() {
        return new TransferRequest(null, null);
    }

    /** @param problems what is wrong with the note; empty when it is fine */
    record Checked(String note, List<UnitAssignment> units, List<FieldProblem> problems) {
    }
}
