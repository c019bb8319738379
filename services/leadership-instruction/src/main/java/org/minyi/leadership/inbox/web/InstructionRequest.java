package org.minyi.leadership.inbox.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;
import org.minyi.leadership.inbox.application.IssueInstruction;
import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/**
 * The body of {@code POST /api/leadership/reports/{id}/instructions}. JSON types, enum values and dates
 * are checked when it is bound (with every other bad field, by the chassis's screening); texts and codes
 * are then stripped, normalised to NFC and checked here; whose instruction it may be, the assignment
 * rules and the date are the domain's.
 */
@Schema(description = "领导批示 A leader's instruction, or one the leaders' secretariat records on a leader's behalf")
record InstructionRequest(
        @Schema(description = "批示领导代码（领导名录）：领导本人可不填，填则须为本人；领导秘书处代录时必填 "
                + "The leader's code (reference data leaders): optional for a leader, who instructs as themself; "
                + "required when the secretariat records it", example = "county-head") String leader,
        @Schema(description = "批示层级，默认为该领导的层级 The level, by default the leader's own") Level level,
        @Schema(description = "批示内容 What the leader wrote", requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(description = "批示日期 The day it was written (YYYY-MM-DD), today by default") LocalDate date,
        @Schema(description = "承办单位：一个主办，若干协办 One lead unit and any supporting units",
                requiredMode = Schema.RequiredMode.REQUIRED) List<UnitRequest> units) {

    static final int TEXT_MAX = 500;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every missing, too long or malformed field */
    IssueInstruction toCommand() {
        FieldChecks checks = new FieldChecks();
        String code = checks.code("leader", "批示领导", leader, false);
        String body = checks.text("text", "批示内容", text, true, TEXT_MAX);
        List<UnitAssignment> assignments = UnitRequest.checked(units, checks);
        checks.throwIfAny();
        return new IssueInstruction(code, level, body, date, assignments);
    }
}
