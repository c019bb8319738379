package org.minyi.intake.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.minyi.chassis.problem.FieldChecks;

/**
 * The body of {@code POST /api/reports/{id}/withdraw}, which may be left out: the author's reason for
 * withdrawing, shown on the report's timeline. Stripped, NFC-normalised, counted in characters (a CJK
 * character counts one); line breaks allowed, other control characters not.
 */
@Schema(description = "撤回理由（可不填） Why the report is withdrawn (optional)")
record WithdrawRequest(@Schema(description = "撤回理由，至多500字 The reason, at most 500 characters",
        example = "问题已由镇政府协调解决") String reason) {

    static final int REASON_MAX = 500;

    /**
     * @return the reason, {@code null} when none was given
     * @throws org.minyi.chassis.problem.InvalidInput naming the bad field
     */
    static String reasonOf(WithdrawRequest body) {
        if (body == null) {
            return null;
        }
        FieldChecks checks = new FieldChecks();
        String checked = checks.text("reason", "撤回理由", body.reason(), false, REASON_MAX);
        checks.throwIfAny();
        return checked;
    }
}
