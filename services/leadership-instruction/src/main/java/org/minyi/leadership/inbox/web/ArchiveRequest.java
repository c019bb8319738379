package org.minyi.leadership.inbox.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;

/** The body of {@code POST /api/leadership/reports/{id}/archive}. */
@Schema(description = "存档 The office files a report away: no action needed")
record ArchiveRequest(
        @Schema(description = "存档理由 Why", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {

    static final int REASON_MAX = 500;

    /** @throws org.minyi.chassis.problem.InvalidInput when the reason is missing, too long or malformed */
    String checkedReason() {
        FieldChecks checks = new FieldChecks();
        String text = checks.text("reason", "存档理由", reason, true, REASON_MAX);
        checks.throwIfAny();
        return text;
    }
}
