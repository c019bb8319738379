package org.minyi.leadership.inbox.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;
import org.minyi.leadership.inbox.domain.AssignmentPolicy;
import org.minyi.leadership.inbox.domain.UnitAssignment;
import org.minyi.leadership.inbox.domain.UnitRole;

/** One unit of an instruction or forward: {@code {unit, role: LEAD|SUPPORT, deadline}}. */
@Schema(description = "承办单位 A handling unit")
record UnitRequest(
        @Schema(description = "单位代码 Unit code", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "housing-construction") String unit,
        @Schema(description = "主办 LEAD 或协办 SUPPORT", requiredMode = Schema.RequiredMode.REQUIRED) UnitRole role,
        @Schema(description = "办理期限 Deadline (YYYY-MM-DD)", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate deadline) {

    static final int CODE_MAX = 64;

    /**
     * The units as asked for, their shape only: the assignment rules (one lead, each unit once, well-formed
     * codes, sensible deadlines) are the domain's. More than {@link AssignmentPolicy#MAX_UNITS} units is one
     * problem, not one per unit.
     */
    static List<UnitAssignment> checked(List<UnitRequest> units, FieldChecks checks) {
        if (units == null || units.isEmpty()) {
            checks.add("units", "required", "承办单位不能为空", "units is required");
            return List.of();
        }
        if (units.size() > AssignmentPolicy.MAX_UNITS) {
            checks.add("units", "too_many", "承办单位不能超过" + AssignmentPolicy.MAX_UNITS + "个",
                    "at most " + AssignmentPolicy.MAX_UNITS + " units");
            return List.of();
        }
        List<UnitAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String field = "units[" + i + "]";
            UnitRequest unit = checks.required(field, "承办单位", units.get(i));
            if (unit == null) {
                continue;
            }
            String code = checks.line(field + ".unit", "单位代码", unit.unit(), true, CODE_MAX);
            UnitRole role = checks.required(field + ".role", "承办角色", unit.role());
            LocalDate deadline = checks.required(field + ".deadline", "办理期限", unit.deadline());
            if (code != null && role != null && deadline != null) {
                assignments.add(new UnitAssignment(code, role, deadline));
            }
        }
        return assignments;
    }
}
