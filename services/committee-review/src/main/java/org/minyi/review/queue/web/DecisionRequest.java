package org.minyi.review.queue.web;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.domain.AdoptionKind;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;

/**
 * The body of {@code POST /api/review/reports/{id}/decision}: {@code {decision: ADOPT, grade, kind?, comment}}
 * ({@code kind} SINGLE, the default, or COMPOSITE), {@code {decision: DECLINE, reason, comment}} with a
 * reason code from the office's list, or {@code {decision: RETURN, comment}}. Unknown fields and unknown
 * enum values are refused when it is bound; a field that does not belong to the chosen decision is
 * refused rather than silently dropped.
 */
record DecisionRequest(Kind decision, Grade grade, AdoptionKind kind, String reason, String comment) {

    static final int REASON_MAX = 100;
    static final int COMMENT_MAX = 1000;

    enum Kind {
        ADOPT, DECLINE, RETURN
    }

    /**
     * Checks shape and length and returns the decision, its texts normalised to Unicode NFC. Lengths
     * count code points, so a CJK character counts one.
     *
     * @throws org.minyi.chassis.problem.InvalidInput naming every bad field
     */
    Decision toDecision() {
        FieldChecks checks = new FieldChecks();
        String reasonText = checks.line("reason", "理由", reason, false, REASON_MAX);
        String commentText = checks.text("comment", "意见", comment, false, COMMENT_MAX);
        checks.required("decision", "审核决定", decision);
        if (decision == Kind.ADOPT) {
            checks.required("grade", "等级", grade);
            refuse(checks, "reason", reason);
        } else if (decision == Kind.DECLINE) {
            checks.required("reason", "不予采用理由", reasonText);
            refuse(checks, "grade", grade);
            refuse(checks, "kind", kind);
        } else if (decision == Kind.RETURN) {
            checks.required("comment", "退回修改意见", commentText);
            refuse(checks, "grade", grade);
            refuse(checks, "kind", kind);
            refuse(checks, "reason", reason);
        }
        checks.throwIfAny();
        return switch (decision) {
            case ADOPT -> new Decision.Adopt(grade, kind, commentText);
            case DECLINE -> new Decision.Decline(reasonText, commentText);
            case RETURN -> new Decision.ReturnForRevision(commentText);
        };
    }

    static DecisionRequest missingBody() {
        return new DecisionRequest(null, null, null, null, null);
    }

    private void refuse(FieldChecks checks, String field, Object value) {
        if (value != null) {
            checks.add(field, "not_allowed", "审核决定为" + decision + "时不应填写" + field,
                    field + " does not belong to a " + decision + " decision");
        }
    }
}
