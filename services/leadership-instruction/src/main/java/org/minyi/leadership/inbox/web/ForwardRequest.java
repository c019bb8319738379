package org.minyi.leadership.inbox.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/** The body of {@code POST /api/leadership/reports/{id}/forward}. */
@Schema(description = "转办 The office forwards a report to units without an instruction")
record ForwardRequest(
        @Schema(description = "承办单位：一个主办，若干协办 One lead unit and any supporting units",
                requiredMode = Schema.RequiredMode.REQUIRED) List<UnitRequest> units,
        @Schema(description = "转办意见 The office's comment") String comment) {

    static final int COMMENT_MAX = 500;

    /** The checked request: comment normalised (or {@code null}) and the units. */
    record Checked(String comment, List<UnitAssignment> units) {
    }

    /** @throws org.minyi.chassis.problem.InvalidInput naming every missing, too long or malformed field */
    Checked check() {
        FieldChecks checks = new FieldChecks();
        List<UnitAssignment> assignments = UnitRequest.checked(units, checks);
        String text = checks.text("comment", "转办意见", comment, false, COMMENT_MAX);
        checks.throwIfAny();
        return new Checked(text, assignments);
    }
}
