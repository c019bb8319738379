package org.minyi.review.queue.web;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.review.queue.application.MergingReports.MergeCommand;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.CompositeDraft;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.ReportId;

/**
 * The body of {@code POST /api/review/merges}: the constituents' report ids, the composite's title and
 * grade, and optionally its own text ({@code situation}, {@code analysis}, {@code suggestions}; what is
 * left out is taken from the constituents), {@code committee}, {@code township}, {@code category} and a
 * {@code comment}.
 */
record MergeRequest(List<String> constituents, String title, String situation, String analysis, String suggestions,
                    String committee, String township, Category category, Grade grade, String comment) {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 5000;
    static final int COMMENT_MAX = 1000;

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad field */
    MergeCommand toCommand() {
        FieldChecks checks = new FieldChecks();
        List<ReportId> ids = new ArrayList<>();
        if (constituents == null || constituents.isEmpty()) {
            checks.add("constituents", "required", "综合的信息不能为空", "constituents is required");
        } else {
            for (int i = 0; i < constituents.size(); i++) {
                String id = constituents.get(i);
                if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
                    checks.add("constituents[" + i + "]", "bad_id", "信息编号格式不正确", "not a report id");
                } else {
                    ids.add(new ReportId(id));
                }
            }
        }
        String titleText = checks.line("title", "综合信息标题", title, true, TITLE_MAX);
        String situationText = checks.text("situation", "情况", situation, false, TEXT_MAX);
        String analysisText = checks.text("analysis", "问题", analysis, false, TEXT_MAX);
        String suggestionsText = checks.text("suggestions", "建议", suggestions, false, TEXT_MAX);
        String committeeCode = checks.code("committee", "专委会", committee, false);
        String townshipCode = checks.code("township", "乡镇", township, false);
        String commentText = checks.text("comment", "意见", comment, false, COMMENT_MAX);
        checks.required("grade", "等级", grade);
        checks.throwIfAny();
        return new MergeCommand(ids, new CompositeDraft(titleText, situationText, analysisText, suggestionsText,
                townshipCode, category), committeeCode, grade, commentText);
    }

    static MergeRequest missingBody() {
        return new MergeRequest(null, null, null, null, null, null, null, null, null, null);
    }
}
