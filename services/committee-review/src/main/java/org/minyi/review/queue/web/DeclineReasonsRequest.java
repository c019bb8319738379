package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minyi.review.queue.application.FieldProblem;
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

    /** @throws InvalidRequest naming every bad field */
    List<DeclineReason> toReasons() {
        List<FieldProblem> problems = new ArrayList<>();
        List<DeclineReason> checked = new ArrayList<>();
        if (reasons == null || reasons.isEmpty()) {
            problems.add(RequestTexts.missing("reasons", "不予采用理由"));
        } else if (reasons.size() > DeclineReasonList.MAX_REASONS) {
            problems.add(new FieldProblem("reasons", "too_many", "理由不能超过" + DeclineReasonList.MAX_REASONS + "条",
                    "at most " + DeclineReasonList.MAX_REASONS + " reasons"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < reasons.size(); i++) {
                String at = "reasons[" + i + "]";
                Reason r = reasons.get(i);
                if (r == null) {
                    problems.add(RequestTexts.missing(at, "理由"));
                    continue;
                }
                if (r.code() == null || !r.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
                    problems.add(new FieldProblem(at + ".code", "bad_code", "理由代码须为大写字母、数字和下划线",
                            "code must be upper-case letters, digits and _ (2 to 40)"));
                } else if (!codes.add(r.code())) {
                    problems.add(new FieldProblem(at + ".code", "repeated", "理由代码重复", "the code is listed twice"));
                }
                String label = RequestTexts.requiredLine(at + ".label", "理由名称", r.label(), LABEL_MAX, problems);
                String labelEn = RequestTexts.optionalLine(at + ".labelEn", "英文名称", r.labelEn(), LABEL_EN_MAX, problems);
                if (problems.isEmpty()) {
                    checked.add(new DeclineReason(r.code(), label, labelEn, Boolean.TRUE.equals(r.requiresComment()),
                            true));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return checked;
    }
}
