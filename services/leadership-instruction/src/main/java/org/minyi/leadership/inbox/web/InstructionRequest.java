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
 * are checked when it is bound (with every other bad field, by the chassis's screening); texts are then
 * stripped, normalised to NFC and checked here; the assignment rules are the domain's.
 */
@Schema(description = "领导批示 A leader's instruction")
record InstructionRequest(
        @Schema(description = "批示领导 The leader, one line", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "县长 李明") String leader,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Level level,
        @Schema(description = "批示内容 What the leader wrote", requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(description = "批示日期 The day it was written (YYYY-MM-DD), today by default") LocalDate date,
        @Schema(description = "承办单位：一个主办，若干协办 One lead unit and any supporting units",
                requiredMode = Schema.RequiredMode.REQUIRED) List<UnitRequest> units) {

    static final int LEADER_MAX = 50;
    static final int TEXT_MAX = 500;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every missing, too long or malformed field */
    IssueInstruction toCommand() {
        FieldChecks checks = new FieldChecks();
        String name = checks.line("leader", "批示领导", leader, true, LEADER_MAX);
        checks.required("level", "领导层级", level);
        String body = checks.text("text", "批示内容", text, true, TEXT_MAX);
        List<UnitAssignment> assignments = UnitRequest.checked(units, checks);
        checks.throwIfAny();
        return new IssueInstruction(name, level, body, date, assignments);
    }
}
