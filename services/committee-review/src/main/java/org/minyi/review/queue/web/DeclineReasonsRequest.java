package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.domain.DeclineReason;
import org.minyi.review.queue.domain.DeclineReasonList;

/**
 * The body of {@code PUT /api/review/decline-reasons}: the active list, in order,
 * {@code {reasons: [{code, label, labelEn?, requiresComment?}]}}.
 */
record DeclineReasonsRequest(List<Reason> reasons) {

    static final int LABEL_MAX = 50;
    static final int LABEL_EN_MAX = 100;

    record Reason(String code, String label, String labelEn, Boolean requiresComment) {
    }

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    List<DeclineReason> toReasons() {
        FieldChecks checks = new FieldChecks();
        List<DeclineReason> checked = new ArrayList<>();
        if (reasons == null || reasons.isEmpty()) {
            checks.add("reasons", "required", "不予采用理由不能为空", "reasons is required");
        } else if (reasons.size() > DeclineReasonList.MAX_REASONS) {
            checks.add("reasons", "too_many", "理由不能超过" + DeclineReasonList.MAX_REASONS + "条",
                    "at most " + DeclineReasonList.MAX_REASONS + " reasons");
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < reasons.size(); i++) {
                String at = "reasons[" + i + "]";
                Reason r = reasons.get(i);
                if (checks.required(at, "理由", r) == null) {
                    continue;
                }
                if (r.code() == null || !r.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
                    checks.add(at + ".code", "bad_code", "理由代码须为大写字母、数字和下划线",
                            "code must be upper-case letters, digits and _ (2 to 40)");
                } else if (!codes.add(r.code())) {
                    checks.add(at + ".code", "repeated", "理由代码重复", "the code is listed twice");
                }
                String label = checks.line(at + ".label", "理由名称", r.label(), true, LABEL_MAX);
                String labelEn = checks.line(at + ".labelEn", "英文名称", r.labelEn(), false, LABEL_EN_MAX);
                if (checks.problems().isEmpty()) {
                    checked.add(new DeclineReason(r.code(), label, labelEn, Boolean.TRUE.equals(r.requiresComment()),
                            true));
                }
            }
        }
        checks.throwIfAny();
        return checked;
    }
}
