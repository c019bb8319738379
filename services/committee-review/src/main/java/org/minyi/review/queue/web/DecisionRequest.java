package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.domain.AdoptionKind;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;

/**
 * The body of {@code POST /api/review/reports/{id}/decision}: {@code {decision: ADOPT, grade, kind?, comment}}
 * ({@code kind} SINGLE, the default, or COMPOSITE), {@code {decision: DECLINE, reason, comment}} with a
 * reason code from the office's list, or {@code {decision: RETURN, comment}}. Unknown fields and unknown
 * enum values are rejected by the JSON reader; a field that does not belong to the chosen decision is
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
     * @throws InvalidRequest naming every bad field
     */
    Decision toDecision() {
        List<FieldProblem> problems = new ArrayList<>();
        String reasonText = RequestTexts.optionalLine("reason", "理由", reason, REASON_MAX, problems);
        String commentText = RequestTexts.optional("comment", "意见", comment, COMMENT_MAX, problems);
        Decision chosen = null;
        if (decision == null) {
            problems.add(missing("decision", "审核决定"));
        } else if (decision == Kind.ADOPT) {
            requirePresent("grade", "等级", grade != null, problems);
            refuse("reason", reason, problems);
            if (problems.isEmpty()) {
                chosen = new Decision.Adopt(grade, kind, commentText);
            }
        } else if (decision == Kind.DECLINE) {
            requirePresent("reason", "不予采用理由", reasonText != null, problems);
            refuse("grade", grade, problems);
            refuse("kind", kind, problems);
            if (problems.isEmpty()) {
                chosen = new Decision.Decline(reasonText, commentText);
            }
        } else {
            requirePresent("comment", "退回修改意见", commentText != null, problems);
            refuse("grade", grade, problems);
            refuse("kind", kind, problems);
            refuse("reason", reason, problems);
            if (problems.isEmpty()) {
                chosen = new Decision.ReturnForRevision(commentText);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return chosen;
    }

    static DecisionRequest missingBody() {
        return new DecisionRequest(null, null, null, null, null);
    }

    /** Adds a missing-field problem unless the field is present or already named (as too long). */
    private static void requirePresent(String field, String label, boolean present, List<FieldProblem> problems) {
        if (!present && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(missing(field, label));
        }
    }

    private void refuse(String field, Object value, List<FieldProblem> problems) {
        if (value != null) {
            problems.add(new FieldProblem(field, "not_allowed", "审核决定为" + decision + "时不应填写" + field,
                    field + " does not belong to a " + decision + " decision"));
        }
    }

    private static FieldProblem missing(String field, String label) {
        return new FieldProblem(field, "required", label + "不能为空", field + " is required");
    }
}
